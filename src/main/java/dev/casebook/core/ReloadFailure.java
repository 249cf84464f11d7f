package dev.casebook.core;

import java.time.Instant;
import java.util.Set;

/**
 * A reload that could not be stored: the site still shows the revision before it.
 *
 * @param paths the changed paths it was to apply, relative to the content folder ({@code ""} for all)
 * @param reason what went wrong, in one line
 */
public record ReloadFailure(Instant at, Set<String> paths, String reason) {

	public ReloadFailure {
		paths = Set.copyOf(paths);
	}

}
