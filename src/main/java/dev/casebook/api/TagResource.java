package dev.casebook.api;

import java.util.List;

/** A tag and every entry that carries it. */
record TagResource(String name, List<EntrySummary> entries) {

	/** A tag in the list of tags. */
	record Summary(String name, long entries, String href, String page) {

	}

}
