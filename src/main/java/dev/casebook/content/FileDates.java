package dev.casebook.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When each content file was last updated: the date of the last commit that touched it when the
 * content folder is in a git checkout (read for all files at once with one {@code git log}),
 * otherwise, and for files git does not know, the file's modification time.
 */
final class FileDates {

	private static final Logger logger = LoggerFactory.getLogger(FileDates.class);

	private static final String COMMIT = "\u001f";

	private final Path root;

	private final Map<String, Instant> committed;

	private FileDates(Path root, Map<String, Instant> committed) {
		this.root = root;
		this.committed = committed;
	}

	/** Reads the git history of {@code root} once. */
	static FileDates fromHistory(Path root) {
		return new FileDates(root, gitLog(root));
	}

	/** Modification times only: for files just edited, whose changes are not committed yet. */
	static FileDates modificationTimes(Path root) {
		return new FileDates(root, Map.of());
	}

	/** @param file a path relative to the content folder; null when the file cannot be read */
	Instant lastUpdated(String file) {
		Instant commit = this.committed.get(file);
		if (commit != null) {
			return commit;
		}
		try {
			return Files.getLastModifiedTime(this.root.resolve(file)).toInstant();
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static Map<String, Instant> gitLog(Path root) {
		Map<String, Instant> dates = new HashMap<>();
		ProcessBuilder builder = new ProcessBuilder("git", "-c", "core.quotePath=false", "log", "--format=" + COMMIT + "%cI",
				"--name-only", "--relative", "--", ".")
			.directory(root.toFile())
			.redirectError(ProcessBuilder.Redirect.DISCARD);
		try {
			Process git = builder.start();
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(git.getInputStream(), StandardCharsets.UTF_8))) {
				Instant current = null;
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					if (line.startsWith(COMMIT)) {
						current = OffsetDateTime.parse(line.substring(1)).toInstant();
					}
					else if (!line.isBlank() && current != null) {
						dates.putIfAbsent(line, current);
					}
				}
			}
			if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
				git.destroy();
				return Map.of();
			}
			logger.info("Read last-updated dates of {} files from git history", dates.size());
			return dates;
		}
		catch (IOException ex) {
			logger.info("No git history for {} ({}); using file modification times", root, ex.getMessage());
			return Map.of();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Map.of();
		}
	}

}
