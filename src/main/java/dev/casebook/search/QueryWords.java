package dev.casebook.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of a query as search uses them: small words ("what is a", "the") are optional,
 * terms with synonyms match any of their group, and the keys of the names the query may be
 * asking for ("how does Etsy deploy" may ask for Etsy) rank an entry of that name first.
 *
 * @param required what must match: each a group of terms any of which will do
 * @param optional small words, which only add to the score
 * @param names name keys the query may mean
 */
record QueryWords(List<List<String>> required, List<String> optional, Set<String> names) {

	/** Verbs a question about an entry adds to its name ("how does Etsy deploy"). */
	private static final Set<String> QUESTION_VERBS = Set.of("deploy", "deploys", "deployed", "release", "releases",
			"ship", "ships", "work", "works", "use", "uses", "do", "handle", "handles", "run", "runs", "test", "tests",
			"often", "fast");

	private static final int MAX_NAMES = 16;

	static QueryWords of(List<String> words, Map<String, List<String>> synonyms) {
		List<List<String>> required = new ArrayList<>();
		List<String> optional = new ArrayList<>();
		List<String> smallRequired = new ArrayList<>();
		int at = 0;
		while (at < words.size()) {
			int length = longestSynonym(words, at, synonyms);
			if (length > 0) {
				required.add(synonyms.get(String.join(" ", words.subList(at, at + length))));
				at += length;
				continue;
			}
			String word = words.get(at++);
			if (NameKey.SMALL_WORDS.contains(word)) {
				optional.add(word);
				smallRequired.add(word);
			}
			else {
				required.add(List.of(word));
			}
		}
		if (required.isEmpty()) {
			smallRequired.forEach((word) -> required.add(List.of(word)));
			optional.clear();
		}
		return new QueryWords(List.copyOf(required), List.copyOf(optional), names(words, required));
	}

	/** How many words from {@code at} form the longest term that has synonyms, 0 when none does. */
	private static int longestSynonym(List<String> words, int at, Map<String, List<String>> synonyms) {
		for (int length = words.size() - at; length > 0; length--) {
			if (synonyms.containsKey(String.join(" ", words.subList(at, at + length)))) {
				return length;
			}
		}
		return 0;
	}

	/** Every combination of the required groups' terms, and the same without question verbs. */
	private static Set<String> names(List<String> words, List<List<String>> required) {
		List<String> keys = new ArrayList<>(List.of(""));
		for (List<String> group : required) {
			List<String> longer = new ArrayList<>();
			for (String key : keys) {
				for (String term : group) {
					if (longer.size() < MAX_NAMES) {
						longer.add(key.isEmpty() ? term : key + " " + term);
					}
				}
			}
			keys = longer;
		}
		Set<String> names = new LinkedHashSet<>();
		boolean question = !words.isEmpty() && Set.of("how", "why", "when", "where").contains(words.get(0));
		for (String key : keys) {
			names.add(NameKey.of(key));
			if (question) {
				names.add(NameKey.of(String.join(" ",
						List.of(key.split(" ")).stream().filter((w) -> !QUESTION_VERBS.contains(w)).toList())));
			}
		}
		names.remove("");
		return names;
	}

}
