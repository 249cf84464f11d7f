package dev.casebook.operations;

import dev.casebook.content.ContentIndexer;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code content}, part of the readiness group: out of service until the first
 * index is built, then up with the revision and problem counts.
 */
@Component
class ContentHealthIndicator implements HealthIndicator {

	private final ContentIndexer indexer;

	ContentHealthIndicator(ContentIndexer indexer) {
		this.indexer = indexer;
	}

	@Override
	public Health health() {
		return this.indexer.lastReport()
			.map((report) -> Health.up()
				.withDetail("revision", report.revision())
				.withDetail("errors", report.errors())
				.withDetail("warnings", report.warnings())
				.build())
			.orElseGet(() -> Health.outOfService().withDetail("reason", "content not indexed yet").build());
	}

}
