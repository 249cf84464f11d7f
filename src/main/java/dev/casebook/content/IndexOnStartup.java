package dev.casebook.content;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Builds the index once the application has started. */
@Component
class IndexOnStartup implements ApplicationRunner {

	private final ContentIndexer indexer;

	IndexOnStartup(ContentIndexer indexer) {
		this.indexer = indexer;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.indexer.index();
	}

}
