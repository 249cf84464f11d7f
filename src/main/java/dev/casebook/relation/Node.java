package dev.casebook.relation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.casebook.core.Kind;

/**
 * An entry as the relation index sees it: identity, display text, tags and the names its text may be
 * mentioned by.
 */
public record Node(Kind kind, String slug, String title, String summary, String category, Set<String> tags,
		List<String> aliases, LocalDate reviewed, Instant updated) {

	public String path() {
		return this.kind.pathOf(this.slug);
	}

	/** When the entry's file last changed, if known. */
	public Optional<Instant> lastUpdated() {
		return Optional.ofNullable(this.updated);
	}

	/** When the entry was last reviewed, if its front matter says. */
	public Optional<LocalDate> lastReviewed() {
		return Optional.ofNullable(this.reviewed);
	}

}
