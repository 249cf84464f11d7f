package dev.casebook.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of one indexing run.
 *
 * @param revision increases by one with every run, starting at 1
 * @param files content files read (Markdown files, and every other path reported as a problem)
 * @param entries stored entries per kind
 * @param links relations and body links stored
 * @param problems every problem found, errors and warnings
 * @param millis how long the run took
 * @param finishedAt when the run finished
 * @param staleFiles files whose page shows their last good version, as the current one has errors
 * @param unserved for each file with nothing on the site (a draft, or a file that never read
 * cleanly), the address its entry would have, and the file
 * @param disputes where sources disagree on a company's figures or history: information, not problems
 */
public record IndexReport(long revision, int files, Map<Kind, Long> entries, int links, List<Problem> problems,
		long millis, Instant finishedAt, Set<String> staleFiles, Map<String, String> unserved, List<Dispute> disputes) {

	public IndexReport {
		problems = List.copyOf(problems);
		disputes = List.copyOf(disputes);
		staleFiles = Set.copyOf(staleFiles);
		unserved = Map.copyOf(unserved);
	}

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

	/** Whether {@code file}'s page shows an older version than the file now holds. */
	public boolean isStale(String file) {
		return this.staleFiles.contains(file);
	}

	/** The file that would define the entry at {@code address} but is not served. */
	public Optional<String> unservedFileAt(String address) {
		return Optional.ofNullable(this.unserved.get(address));
	}

	public long totalEntries() {
		return this.entries.values().stream().mapToLong(Long::longValue).sum();
	}

}
