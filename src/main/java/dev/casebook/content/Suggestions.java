package dev.casebook.content;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the name a mistyped link most likely meant, by edit distance (case-insensitive). A name
 * counts as close when at most a third of its characters (and at least two) differ.
 */
public final class Suggestions {

	private Suggestions() {
	}

	/** The closest candidate, or empty when none is close; the first wins a tie. */
	public static Optional<String> closest(String written, Collection<String> candidates) {
		String wanted = written.strip().toLowerCase(Locale.ROOT);
		int limit = Math.max(2, wanted.length() / 3);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : candidates) {
			int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT), limit);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return (bestDistance <= limit) ? Optional.of(best) : Optional.empty();
	}

	/** {@code "; did you mean 'x'?"} or nothing. */
	public static String didYouMean(String written, Collection<String> candidates) {
		return closest(written, candidates).map((name) -> "; did you mean '" + name + "'?").orElse("");
	}

	/** Levenshtein distance, or any value above {@code limit} once it is certain to exceed it. */
	public static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMin = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				rowMin = Math.min(rowMin, current[j]);
			}
			if (rowMin > limit) {
				return limit + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
