package dev.casebook.operations;

import dev.casebook.content.LiveContent;
import dev.casebook.core.ContentStatus;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health component {@code content}, part of the readiness group: out of service until the first
 * index is built, then up with the revision and problem counts, or {@code STALE} (still ready,
 * answered with 200) when a reload failed or the folder is no longer watched, saying why.
 */
@Component
class ContentHealthIndicator implements HealthIndicator {

	/** The site serves, but not the files as they are now. */
	static final Status STALE = new Status("STALE", "the site does not show the content files as they are now");

	private final LiveContent content;

	ContentHealthIndicator(LiveContent content) {
		this.content = content;
	}

	@Override
	public Health health() {
		ContentStatus status = this.content.status();
		if (status.report().isEmpty()) {
			return Health.outOfService().withDetail("reason", "content not indexed yet").build();
		}
		Health.Builder health = status.following() ? Health.up() : Health.status(STALE).withDetail("reason", status.lag());
		return health.withDetail("revision", status.report().get().revision())
			.withDetail("errors", status.report().get().errors())
			.withDetail("warnings", status.report().get().warnings())
			.withDetail("watch", status.watch().state().name().toLowerCase())
			.build();
	}

}
