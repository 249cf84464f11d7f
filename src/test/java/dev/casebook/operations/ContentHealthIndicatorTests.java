package dev.casebook.operations;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.casebook.content.LiveContent;
import dev.casebook.core.ContentStatus;
import dev.casebook.core.IndexReport;
import dev.casebook.core.ReloadFailure;
import dev.casebook.core.WatchStatus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ContentHealthIndicatorTests {

	private static final IndexReport REPORT = new IndexReport(4, 10, Map.of(), 0, List.of(), 12, Instant.now(), Set.of(),
			Map.of(), List.of());

	private static final WatchStatus WATCHING = new WatchStatus(WatchStatus.State.WATCHING, "", Instant.now());

	private final LiveContent content = mock(LiveContent.class);

	private final ContentHealthIndicator health = new ContentHealthIndicator(this.content);

	@Test
	void isOutOfServiceUntilTheFirstIndex() {
		given(this.content.status()).willReturn(new ContentStatus(Optional.empty(), Optional.empty(), WATCHING));
		assertThat(this.health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
	}

	@Test
	void isUpWithTheRevisionOnceIndexed() {
		given(this.content.status()).willReturn(new ContentStatus(Optional.of(REPORT), Optional.empty(), WATCHING));
		assertThat(this.health.health().getStatus()).isEqualTo(Status.UP);
		assertThat(this.health.health().getDetails()).containsEntry("revision", 4L).containsEntry("watch", "watching");
	}

	@Test
	void isStaleWithTheReasonWhenTheLastReloadFailed() {
		ReloadFailure failure = new ReloadFailure(Instant.now(), Set.of("tools/x.md"), "disk full");
		given(this.content.status()).willReturn(new ContentStatus(Optional.of(REPORT), Optional.of(failure), WATCHING));
		assertThat(this.health.health().getStatus()).isEqualTo(ContentHealthIndicator.STALE);
		assertThat(this.health.health().getDetails()).extractingByKey("reason").asString().contains("disk full");
	}

	@Test
	void isStaleWhileTheContentFolderIsMissing() {
		WatchStatus missing = new WatchStatus(WatchStatus.State.FOLDER_MISSING, "gone", Instant.now());
		given(this.content.status()).willReturn(new ContentStatus(Optional.of(REPORT), Optional.empty(), missing));
		assertThat(this.health.health().getStatus()).isEqualTo(ContentHealthIndicator.STALE);
		assertThat(this.health.health().getDetails()).containsEntry("watch", "folder_missing");
	}

}
