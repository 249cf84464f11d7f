package dev.casebook.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a user typed in the search box, read by Casebook's own small grammar: words, phrases in
 * double quotes, and {@code -word} or {@code -"a phrase"} to exclude. Every input is accepted:
 * control characters become spaces, an unbalanced quote is read as a space, characters other than
 * letters and digits only separate words, and the text is cut to {@value #MAX_LENGTH} characters
 * and {@value #MAX_TERMS} terms. Nothing of it ever reaches a query parser.
 *
 * @param text the text as read (normalised, cut), suitable to show back in the search box
 * @param words words that must match, in order
 * @param phrases phrases that must match word for word
 * @param excluded words or phrases that must not match
 * @param shortened whether the input was cut to the limits
 */
public record QueryText(String text, List<String> words, List<String> phrases, List<String> excluded,
		boolean shortened) {

	private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** Longer input is cut, and the page says so. */
	public static final int MAX_LENGTH = 500;

	/** More terms are dropped, and the page says so. */
	public static final int MAX_TERMS = 32;

	public static QueryText parse(String input) {
		String raw = (input != null) ? input : "";
		boolean shortened = raw.length() > MAX_LENGTH * 4;
		String text = clean(shortened ? raw.substring(0, MAX_LENGTH * 4) : raw);
		if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
			text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)).strip();
			shortened = true;
		}
		Terms terms = new Terms();
		int at = 0;
		while (at < text.length()) {
			char c = text.charAt(at);
			if (c == ' ') {
				at++;
				continue;
			}
			boolean exclude = c == '-' && at + 1 < text.length() && text.charAt(at + 1) != ' ';
			int start = exclude ? at + 1 : at;
			int close = (text.charAt(start) == '"') ? text.indexOf('"', start + 1) : -1;
			if (close > 0) {
				terms.add(text.substring(start + 1, close), exclude);
				at = close + 1;
			}
			else {
				int end = start + 1;
				while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '"') {
					end++;
				}
				terms.add(text.substring(start, end), exclude);
				at = end;
			}
		}
		return new QueryText(text, List.copyOf(terms.words), List.copyOf(terms.phrases), List.copyOf(terms.excluded),
				shortened || terms.dropped);
	}

	/** Whether there is anything to match. */
	public boolean isEmpty() {
		return this.words.isEmpty() && this.phrases.isEmpty() && this.excluded.isEmpty();
	}

	/** The words, in lowercase. */
	public List<String> lowercaseWords() {
		return this.words.stream().map((word) -> word.toLowerCase(Locale.ROOT)).toList();
	}

	/** Every word that must match, phrases split into their words, in lowercase. */
	public List<String> positiveWords() {
		return Stream.concat(this.words.stream(), this.phrases.stream().flatMap(WORD_BREAK::splitAsStream))
			.filter((word) -> !word.isEmpty())
			.map((word) -> word.toLowerCase(Locale.ROOT))
			.toList();
	}

	/** NFKC, one space for any run of whitespace, control, format or unassigned characters. */
	private static String clean(String raw) {
		String text = Normalizer.normalize(raw.replace('\u0000', ' '), Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach((cp) -> out.appendCodePoint(isNoise(cp) ? ' ' : cp));
		return out.toString().replaceAll(" {2,}", " ").strip();
	}

	private static boolean isNoise(int cp) {
		int type = Character.getType(cp);
		return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL
				|| type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.SURROGATE
				|| type == Character.PRIVATE_USE;
	}

	/** Collects terms, dropping those without a letter or digit and those over the limit. */
	private static final class Terms {

		private final List<String> words = new ArrayList<>();

		private final List<String> phrases = new ArrayList<>();

		private final List<String> excluded = new ArrayList<>();

		private boolean dropped;

		/** A term of several words, quoted or not ({@code blue-green}), is matched as a phrase. */
		void add(String term, boolean exclude) {
			String value = term.replace('"', ' ').strip().replaceAll("^[^\\p{L}\\p{N}]+", "");
			if (value.codePoints().noneMatch(Character::isLetterOrDigit)) {
				return;
			}
			if (this.words.size() + this.phrases.size() + this.excluded.size() >= MAX_TERMS) {
				this.dropped = true;
				return;
			}
			if (exclude) {
				this.excluded.add(value);
			}
			else if (WORD_BREAK.split(value).length > 1) {
				this.phrases.add(value);
			}
			else {
				this.words.add(value);
			}
		}

	}

}
