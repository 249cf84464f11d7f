package dev.casebook.model;

import dev.casebook.core.Kind;

/**
 * What a list of entries shows of each: read without the entry's body or relations, so a list of
 * thousands costs one light query.
 */
public record EntryCard(Kind kind, String slug, String title, String summary) {

	/** For the query in {@link EntryRepository#findCards}: the kind as the discriminator stores it. */
	public EntryCard(String kind, String slug, String title, String summary) {
		this(Kind.ofKey(kind).orElseThrow(), slug, title, summary);
	}

	public String path() {
		return this.kind.pathOf(this.slug);
	}

}
