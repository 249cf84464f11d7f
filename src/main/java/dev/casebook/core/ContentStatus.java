package dev.casebook.core;

import java.util.Optional;

/**
 * Where the site stands against its files: the last indexing run, the last reload when it failed,
 * and whether changes are being watched.
 */
public record ContentStatus(Optional<IndexReport> report, Optional<ReloadFailure> failure, WatchStatus watch) {

	/** Whether the site shows the files as they are now (as far as the last run could read them). */
	public boolean following() {
		return this.failure.isEmpty() && this.watch.following();
	}

	/** Why the site may not show the files as they are now, in one sentence; empty when it does. */
	public String lag() {
		if (this.failure.isPresent()) {
			return "The last reload failed (" + this.failure.get().reason()
					+ "), so the site still shows an earlier version of the content; it is tried again.";
		}
		return switch (this.watch.state()) {
			case FOLDER_MISSING -> "The content folder is missing, so the site shows the content last read from it.";
			case DOWN -> "Changes to the content are not picked up (" + this.watch.detail() + "); watching is restarted.";
			default -> "";
		};
	}

}
