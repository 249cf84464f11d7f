package dev.casebook.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one indexing run.
 *
 * @param revision increases by one with every run, starting at 1
 * @param files Markdown files read
 * @param entries stored entries per kind
 * @param links relations and body links stored
 * @param problems every problem found, errors and warnings
 * @param millis how long the run took
 * @param finishedAt when the run finished
 */
public record IndexReport(long revision, int files, Map<Kind, Long> entries, int links, List<Problem> problems, long millis,
		Instant finishedAt) {

	public long errors() {
		return this.problems.stream().filter(Problem::isError).count();
	}

	public long warnings() {
		return this.problems.size() - errors();
	}

	/** The problems located in {@code file}, a path relative to the content folder. */
	public List<Problem> problemsIn(String file) {
		return this.problems.stream().filter((problem) -> problem.path().equals(file)).toList();
	}

	public long totalEntries() {
		return this.entries.values().stream().mapToLong(Long::longValue).sum();
	}

}
