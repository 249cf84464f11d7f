package dev.casebook.search;

import dev.casebook.core.Kind;

/**
 * An entry proposed while the user types.
 *
 * @param title the entry's title
 * @param kind {@code company}, {@code tool}, {@code practice} or {@code source}
 * @param path the entry's page
 */
public record Suggestion(String title, String kind, String path) {

	static Suggestion of(String title, Kind kind, String slug) {
		return new Suggestion(title, kind.key(), kind.pathOf(slug));
	}

}
