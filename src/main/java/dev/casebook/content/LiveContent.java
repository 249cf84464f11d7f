package dev.casebook.content;

import dev.casebook.core.ContentStatus;
import org.springframework.stereotype.Service;

/** The {@link ContentStatus} now, for the status page, banners, health and metrics. */
@Service
public class LiveContent {

	private final ContentIndexer indexer;

	private final ContentWatcher watcher;

	LiveContent(ContentIndexer indexer, ContentWatcher watcher) {
		this.indexer = indexer;
		this.watcher = watcher;
	}

	public ContentStatus status() {
		return new ContentStatus(this.indexer.lastReport(), this.indexer.lastFailure(), this.watcher.status());
	}

}
