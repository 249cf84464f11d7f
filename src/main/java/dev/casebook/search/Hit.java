package dev.casebook.search;

import dev.casebook.core.Kind;

/**
 * One entry found.
 *
 * @param kind {@code company}, {@code tool}, {@code practice} or {@code source}
 * @param title the entry's title, plain text
 * @param path the entry's page, e.g. {@code /tools/chaos-monkey}
 * @param summary the entry's summary, plain text
 * @param snippet where the entry matched, from its body or else its summary (empty when browsing)
 */
public record Hit(String kind, String title, String path, String summary, Snippet snippet) {

	static Hit of(String slug, Kind kind, String title, String summary, Snippet snippet) {
		return new Hit(kind.key(), title, kind.pathOf(slug), summary, snippet);
	}

	public String kindLabel() {
		return Kind.ofKey(this.kind).map(Kind::label).orElse(this.kind);
	}

}
