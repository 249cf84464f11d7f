package dev.casebook.core;

import java.time.Instant;

/**
 * Whether the content folder is watched for changes, and if not, why.
 *
 * @param detail what is wrong, in one line, or empty
 * @param since when the watcher entered this state
 */
public record WatchStatus(State state, String detail, Instant since) {

	public enum State {

		/** Live reload is not wanted ({@code casebook.watch=false}). */
		OFF,
		/** Every change is picked up. */
		WATCHING,
		/** The content folder is gone; the last content is served until it is back. */
		FOLDER_MISSING,
		/** The watcher failed and is being restarted; changes are not picked up meanwhile. */
		DOWN

	}

	public static WatchStatus off() {
		return new WatchStatus(State.OFF, "", Instant.now());
	}

	/** Whether the site follows the files (or is not meant to). */
	public boolean following() {
		return this.state == State.OFF || this.state == State.WATCHING;
	}

}
