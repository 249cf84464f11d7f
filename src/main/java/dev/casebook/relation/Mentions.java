package dev.casebook.relation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which entries a plain text names: an entry is named when its title or one of its aliases appears as
 * a whole word (not inside a longer word or hyphenated name), ignoring case.
 */
final class Mentions {

	private record Name(Pattern pattern, Node node) {
	}

	private final List<Name> names = new ArrayList<>();

	Mentions(Collection<Node> candidates) {
		for (Node node : candidates) {
			Stream.concat(Stream.of(node.title()), node.aliases().stream())
				.filter((name) -> !name.isBlank())
				.forEach((name) -> this.names.add(new Name(Pattern.compile("(?<![\\p{L}\\p{N}-])"
						+ Pattern.quote(name.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}-])"), node)));
		}
	}

	/** The candidates {@code text} names, each once, in the order they were given. */
	List<Node> in(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return this.names.stream().filter((name) -> name.pattern.matcher(lower).find()).map(Name::node).distinct().toList();
	}

}
