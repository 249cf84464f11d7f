package dev.casebook.core;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

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

	/** Levenshtein distance, or {@code limit + 1} once it is certain to exceed {@code limit}. */
	public static int distance(String a, String b, int limit) {
		int distance = new LevenshteinDistance(limit).apply(a, b);
		return (distance < 0) ? limit + 1 : distance;
	}

}
