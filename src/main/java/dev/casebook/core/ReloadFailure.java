package dev.casebook.core;

import java.time.Instant;
import java.util.Collection;
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

	/** The failure of a reload of {@code paths}, told for editors: the root cause in one line, no stack or class names. */
	public static ReloadFailure of(Instant at, Collection<String> paths, RuntimeException ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		return new ReloadFailure(at, Set.copyOf(paths), message.lines().findFirst().orElse(message).strip());
	}

}
