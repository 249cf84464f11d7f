package dev.casebook.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * A name reduced to what a reader would type for it: lowercase, no accents, no punctuation and no
 * small words ("The Twelve-Factor App" is {@code twelve factor app}). Titles and aliases are
 * indexed by it, and a query whose words reduce to the same key names that entry.
 */
public final class NameKey implements ValueBridge<String, String> {

	/** Words that carry no meaning in a search: articles, question words, auxiliaries, prepositions. */
	static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can",
			"could", "did", "do", "does", "for", "from", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it",
			"many", "much", "often",
			"its", "me", "my", "of", "on", "or", "our", "per", "should", "so", "such", "tell", "that", "the", "their",
			"then", "there", "these", "they", "this", "to", "us", "was", "we", "were", "what", "when", "where", "which",
			"who", "why", "will", "with", "would", "you", "your", "about", "explain", "mean", "means", "meaning");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** The key of {@code name}; empty when it is made of small words only. */
	static String of(String name) {
		String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
		return Arrays.stream(SEPARATORS.split(plain.toLowerCase(Locale.ROOT)))
			.filter((word) -> !word.isEmpty() && !SMALL_WORDS.contains(word))
			.collect(Collectors.joining(" "));
	}

	@Override
	public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
		return (value != null) ? of(value) : null;
	}

}
