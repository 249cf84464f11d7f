package dev.casebook.operations;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.casebook.content.ContentIndexer;
import dev.casebook.content.IndexReport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ContentHealthIndicatorTests {

	private final ContentIndexer indexer = mock(ContentIndexer.class);

	private final ContentHealthIndicator health = new ContentHealthIndicator(this.indexer);

	@Test
	void isOutOfServiceUntilTheFirstIndex() {
		given(this.indexer.lastReport()).willReturn(Optional.empty());
		assertThat(this.health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
	}

	@Test
	void isUpWithTheRevisionOnceIndexed() {
		given(this.indexer.lastReport())
			.willReturn(Optional.of(new IndexReport(4, 10, Map.of(), 0, List.of(), 12, Instant.now())));
		assertThat(this.health.health().getStatus()).isEqualTo(Status.UP);
		assertThat(this.health.health().getDetails()).containsEntry("revision", 4L);
	}

}
