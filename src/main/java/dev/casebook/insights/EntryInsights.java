package dev.casebook.insights;

import java.util.List;
import java.util.Optional;

import dev.casebook.core.Kind;
import dev.casebook.model.Connections;
import dev.casebook.relation.DatedEvent;

/**
 * What every entry page shows below its own content: related entries, the timeline events that concern
 * it, and its neighbourhood, drawn on the server.
 */
public record EntryInsights(Kind entryKind, String slug, List<Related> related, List<DatedEvent> events,
		Optional<Neighbourhood> neighbourhood) {

	/** The timeline parameter that selects this entry ({@code company}, {@code tool}, …). */
	public String kind() {
		return this.entryKind.key();
	}

	/** The related entries the page's connections do not already list. */
	public List<Related> relatedBeyond(Connections connections) {
		return this.related.stream().filter((r) -> !connections.shows(r.entry().slug())).toList();
	}

	/** Company pages show their own timeline; tools and practices show the events that name them. */
	public boolean showsEvents() {
		return this.entryKind == Kind.TOOL || this.entryKind == Kind.PRACTICE;
	}

	/** Sources are cited, not related, so they have no neighbourhood to draw. */
	public boolean showsGraph() {
		return this.entryKind != Kind.SOURCE && this.neighbourhood.isPresent();
	}

}
