package dev.casebook.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.casebook.core.Revision;
import dev.casebook.core.Suggestions;
import dev.casebook.relation.Node;
import dev.casebook.relation.RelationIndex;
import dev.casebook.relation.RelationIndexer;
import org.springframework.stereotype.Component;

/**
 * The words of every title, alias and tag, to suggest what to search for when a search finds
 * nothing: each unknown word is replaced by the closest known one (by edit distance), and tags
 * close to the words or tags asked for are proposed.
 */
@Component
class Vocabulary {

	private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final int MAX_TAGS = 5;

	/** Longer words are not corrected: no title word is that long. */
	private static final int MAX_WORD = 40;

	private final RelationIndexer relations;

	private volatile Known known;

	/** The words and tags of one indexing run. */
	private record Known(Revision revision, Set<String> words, List<String> tags) {
	}

	Vocabulary(RelationIndexer relations) {
		this.relations = relations;
	}

	/** Read once per indexing run, from the entries as the relation index of that run holds them. */
	Alternatives suggest(SearchRequest request) {
		Known known = known();
		Set<String> words = known.words();
		List<String> tags = known.tags();
		List<String> typed = request.query().positiveWords();
		List<String> corrected = typed.stream().flatMap((word) -> closest(word, words).stream()).toList();
		String text = (corrected.isEmpty() || corrected.equals(typed)) ? "" : String.join(" ", corrected);
		List<String> asked = new ArrayList<>(typed);
		request.tags().forEach(asked::add);
		List<String> closeTags = tags.stream()
			.filter((tag) -> !request.tags().contains(tag))
			.filter((tag) -> asked.stream().anyMatch((word) -> near(word, tag)))
			.sorted(Comparator.comparingInt((String tag) -> asked.stream()
				.mapToInt((word) -> distance(word, tag))
				.min()
				.orElse(Integer.MAX_VALUE)))
			.limit(MAX_TAGS)
			.toList();
		return new Alternatives(text, text.isEmpty() ? "" : request.withText(text), closeTags);
	}

	private Known known() {
		RelationIndex index = this.relations.current();
		Known known = this.known;
		if (known != null && known.revision().equals(index.revision())) {
			return known;
		}
		Collection<Node> nodes = index.nodes();
		List<String> tags = index.tags().stream().sorted().toList();
		Set<String> words = new LinkedHashSet<>();
		Stream.of(nodes.stream().map(Node::title), nodes.stream().flatMap((node) -> node.aliases().stream()),
				tags.stream())
			.flatMap((texts) -> texts)
			.flatMap(Vocabulary::words)
			.forEach(words::add);
		known = new Known(index.revision(), Collections.unmodifiableSet(words), tags);
		this.known = known;
		return known;
	}

	private static Stream<String> words(String text) {
		return Stream.of(WORD_BREAK.split(text.toLowerCase(Locale.ROOT))).filter((word) -> word.length() > 1);
	}

	/** The word itself when known, else the closest known word, else nothing. */
	private static Optional<String> closest(String word, Set<String> words) {
		if (words.contains(word) || word.length() > MAX_WORD) {
			return Optional.of(word);
		}
		return (allowed(word) > 0) ? Suggestions.closest(word, words) : Optional.empty();
	}

	/** A tag is near a word when one contains the other, or a part of the tag is a few edits away. */
	private static boolean near(String word, String tag) {
		if (word.length() > MAX_WORD) {
			return false;
		}
		return (word.length() > 2 && (tag.contains(word) || word.contains(tag))) || distance(word, tag) <= allowed(word)
				|| Stream.of(tag.split("-")).anyMatch((part) -> distance(word, part) <= allowed(word));
	}

	private static int allowed(String word) {
		return (word.length() < 4) ? 0 : (word.length() < 7) ? 1 : 2;
	}

	private static int distance(String word, String tag) {
		return Suggestions.distance(word, tag, MAX_WORD);
	}

}
