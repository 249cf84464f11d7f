package dev.casebook.insights;

import dev.casebook.model.Entry;
import dev.casebook.relation.RelationIndex;
import dev.casebook.relation.RelationIndexer;
import org.springframework.stereotype.Service;

/** Builds the {@link EntryInsights} an entry page shows, from the relations as last indexed. */
@Service
public class Insights {

	/** How many related entries a page lists. */
	static final int RELATED = 6;

	private final RelationIndexer relations;

	Insights(RelationIndexer relations) {
		this.relations = relations;
	}

	public EntryInsights of(Entry entry) {
		RelationIndex index = this.relations.current();
		return new EntryInsights(entry.getKind(), entry.getSlug(), RelatedEntries.of(index, entry.getSlug(), RELATED),
				index.events(entry.getSlug()), index.node(entry.getSlug()).map((node) -> Neighbourhood.of(index, node)));
	}

}
