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

	record CompanyFacts(String industry, Integer founded, List<Figure> metrics, List<Event> timeline) implements Facts {

	}

	record Figure(String name, String value, String unit, int year, ApiLink source) {

	}

	record Event(int year, String event, ApiLink source) {

	}

	record ToolFacts(String category, String website, Boolean openSource) implements Facts {

	}

	record PracticeFacts(String category) implements Facts {

	}

	record SourceFacts(String publisher, String author, String published, String url, String type) implements Facts {

	}

}
