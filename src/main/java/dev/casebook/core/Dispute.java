package dev.casebook.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a company's sources disagree: figures of one measure (the same {@code measure}, or else
 * the same name) for the same year (the year it held, else the year its source was published)
 * whose values, given by different sources, differ by more than a tolerance; or an event marked
 * {@code disputed_by} another source.
 *
 * @param company the company's slug
 * @param file its content file
 * @param what the measure's or event's words
 * @param sources the slugs of the sources that disagree
 */
public record Dispute(String company, String file, String what, List<String> sources) {

	/**
	 * What a figure measures, and when (the year it held, else the year its source was published):
	 * figures of one measure and year are compared; figures of other years form a series, not a
	 * disagreement.
	 */
	public static String measureOf(String name, String measure, Optional<Integer> year) {
		return (measure.isEmpty() ? name : measure).strip().toLowerCase(Locale.ROOT) + "@"
				+ year.map(String::valueOf).orElse("");
	}

}
