package dev.casebook.relation;

import dev.casebook.core.Revision;
import dev.casebook.core.Revisions;
import org.springframework.stereotype.Component;

/**
 * Publishes the revision of the relation index last built as the revision the site serves: the index
 * is built once per indexing run, before anything that keys on the revision can see the run.
 */
@Component
class IndexRevisions implements Revisions {

	private final RelationIndexer relations;

	IndexRevisions(RelationIndexer relations) {
		this.relations = relations;
	}

	@Override
	public Revision revision() {
		return this.relations.revision();
	}

}
