package dev.casebook.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One entry: its text, its kind-specific facts and every relation, grouped by type, as links.
 *
 * @param reviewed when the entry was last reviewed, or null
 */
record EntryResource(String kind, String slug, String title, String summary, List<String> tags, List<String> aliases,
		LocalDate reviewed, Facts facts, Map<String, List<ApiLink>> relations, String page) {

	/** What only one kind of entry has. */
	sealed interface Facts permits CompanyFacts, ToolFacts, PracticeFacts, SourceFacts {

	}

	record CompanyFacts(String industry, Integer founded, List<Figure> metrics, List<Event> timeline,
			List<Stage> pipeline) implements Facts {

	}

	/**
	 * A figure and the date it goes by.
	 *
	 * @param asOf when it held, as precisely as its source says ({@code 2014}, {@code 2008-08},
	 * {@code by 2014}), or null when the source does not say
	 * @param dated the date it goes by: {@code as-of} (when it held), {@code reported} (when its
	 * source was published) or {@code undated}
	 * @param year the year of that date, or null
	 * @param disputed whether another source gives a value for the same measure and year that
	 * differs by more than 5%
	 */
	record Figure(String name, String value, String unit, String asOf, String dated, Integer year, String locator,
			String note, String measure, boolean disputed, ApiLink source) {

	}

	/**
	 * @param date when it happened, as precisely as its source says
	 * @param disputed whether another source gives another account
	 * @param disputedBy the sources that do
	 */
	record Event(String date, int year, String event, String locator, String note, boolean disputed,
			List<ApiLink> disputedBy, ApiLink source) {

	}

	/** A stage of the delivery pipeline; {@code kind} is build, test, package, stage, release or verify. */
	record Stage(String name, String kind, List<ApiLink> tools, List<ApiLink> practices, String ships, String trigger,
			String gate, String exposure, String configuration, String locator, String note, ApiLink source) {

	}

	record ToolFacts(String category, String website, Boolean openSource) implements Facts {

	}

	record PracticeFacts(String category) implements Facts {

	}

	/** @param published {@code 2012-04-05}, {@code 2012}, {@code 2011-2013} or {@code undated} */
	record SourceFacts(String publisher, String author, String published, String url, String type) implements Facts {

	}

}
