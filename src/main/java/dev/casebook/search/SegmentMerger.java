package dev.casebook.search;

import dev.casebook.core.ContentIndexedEvent;
import dev.casebook.model.Entry;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Merges every search index into one segment after a full index run, before the run counts as
 * done. A full build leaves several segments per index, and each search would score all of them
 * and map the tag and kind values of each onto shared ordinals before counting facets. A start
 * that takes up a merged index finds nothing to merge; a reload adds a small segment, which
 * Lucene's merge policy folds in over time.
 */
@Component
class SegmentMerger {

	private static final Logger logger = LoggerFactory.getLogger(SegmentMerger.class);

	private final EntityManagerFactory entityManagerFactory;

	SegmentMerger(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@EventListener
	void merge(ContentIndexedEvent event) {
		if (event.changed().isPresent()) {
			return;
		}
		long start = System.nanoTime();
		Search.mapping(this.entityManagerFactory).scope(Entry.class).workspace().mergeSegments();
		logger.info("Merged the search indexes in {} ms", (System.nanoTime() - start) / 1_000_000);
	}

}
