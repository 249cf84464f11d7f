package dev.casebook.relation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Which entries a plain text names: an entry is named when its title or one of its aliases appears as
 * a whole word (not inside a longer word or hyphenated name), ignoring case.
 * <p>
 * Names are looked up by their first word at each place a word may start, so a text costs time in
 * proportion to its length and the names sharing its words, not to the number of candidates.
 */
final class Mentions {

	private record Name(String text, int order, Node node) {
	}

	/** Names by their first word (letters and digits). */
	private final Map<String, List<Name>> byFirstWord = new HashMap<>();

	/** Names that do not start with a letter or digit: tried at every place a word may start. */
	private final List<Name> others = new ArrayList<>();

	Mentions(Collection<Node> candidates) {
		int order = 0;
		for (Node node : candidates) {
			for (String written : Stream.concat(Stream.of(node.title()), node.aliases().stream()).toList()) {
				if (written.isBlank()) {
					continue;
				}
				String text = written.toLowerCase(Locale.ROOT);
				Name name = new Name(text, order, node);
				int end = wordEnd(text, 0);
				if (end == 0) {
					this.others.add(name);
				}
				else {
					this.byFirstWord.computeIfAbsent(text.substring(0, end), (word) -> new ArrayList<>()).add(name);
				}
			}
			order++;
		}
	}

	/** The candidates {@code text} names, each once, in the order they were given. */
	List<Node> in(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		Map<Integer, Node> named = new TreeMap<>();
		for (int at = 0; at < lower.length(); at += Character.charCount(lower.codePointAt(at))) {
			if (at > 0 && isNamePart(lower.codePointBefore(at))) {
				continue;
			}
			int end = wordEnd(lower, at);
			List<Name> sharingFirstWord = (end > at) ? this.byFirstWord.getOrDefault(lower.substring(at, end), List.of())
					: List.of();
			for (List<Name> names : List.of(sharingFirstWord, this.others)) {
				for (Name name : names) {
					if (standsAt(lower, name.text(), at)) {
						named.putIfAbsent(name.order(), name.node());
					}
				}
			}
		}
		return List.copyOf(named.values());
	}

	/** Whether {@code name} is written at {@code at} and is not followed by more of a word. */
	private static boolean standsAt(String text, String name, int at) {
		int end = at + name.length();
		return text.startsWith(name, at) && (end == text.length() || !isNamePart(text.codePointAt(end)));
	}

	/** Where the run of letters and digits starting at {@code from} ends. */
	private static int wordEnd(String text, int from) {
		int end = from;
		while (end < text.length() && isWordPart(text.codePointAt(end))) {
			end += Character.charCount(text.codePointAt(end));
		}
		return end;
	}

	private static boolean isWordPart(int codePoint) {
		int type = Character.getType(codePoint);
		return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
				|| type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
	}

	private static boolean isNamePart(int codePoint) {
		return codePoint == '-' || isWordPart(codePoint);
	}

}
