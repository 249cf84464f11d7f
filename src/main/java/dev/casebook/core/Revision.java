package dev.casebook.core;

import java.time.Instant;

/**
 * One indexing run's content, by its number and when it finished: what every page, cache and suggestion
 * is built from. Two runs never share one, a restart included, since the time tells them apart.
 */
public record Revision(long number, Instant indexedAt) {

	/** Before the first run has finished. */
	public static final Revision NONE = new Revision(0, Instant.EPOCH);

	public static Revision of(IndexReport report) {
		return new Revision(report.revision(), report.finishedAt());
	}

}
