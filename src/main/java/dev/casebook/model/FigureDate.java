package dev.casebook.model;

import java.util.Optional;

import dev.casebook.core.PartialDate;
import dev.casebook.core.Published;

/**
 * The one date a figure goes by, and which date it is: when the figure held, if its source says
 * ({@code as of 2014}), or else when the source reporting it was published ({@code reported
 * 2015}), or neither ({@code undated}). Pages, {@code /compare}, the DORA tier and the API all
 * date figures this way.
 *
 * @param basis {@code as-of}, {@code reported} or {@code undated}
 * @param year the year the figure goes by, if any
 * @param label the date as a reader reads it: {@code as of 2014}, {@code reported April 2012},
 * {@code undated}
 */
public record FigureDate(String basis, Optional<Integer> year, String label) {

	static FigureDate of(Optional<PartialDate> asOf, Source source) {
		if (asOf.isPresent()) {
			return new FigureDate("as-of", Optional.of(asOf.get().year()),
					asOf.get().by() ? asOf.get().label() : "as of " + asOf.get().label());
		}
		Published published = (source != null) ? source.getPublished() : Published.UNDATED;
		return published.isUndated() ? new FigureDate("undated", Optional.empty(), "undated")
				: new FigureDate("reported", published.year(), "reported " + published.label());
	}

	/** Sorts figures by the year they go by; undated ones first. */
	public int sortYear() {
		return this.year.orElse(Integer.MIN_VALUE);
	}

}
