package dev.casebook.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the stored index was built from: for every content file its last good entry and its
 * current problems, and the linked result. Immutable; a reload makes a new one.
 */
final class ContentSnapshot {

	/** A file's last good entry (kept while a later edit is broken) and its problems now. */
	record FileState(Optional<ParsedEntry> entry, List<Problem> problems) {
	}

	private final SortedMap<String, FileState> files;

	private final List<Problem> folderProblems;

	private final ContentLinker.Linked linked;

	private ContentSnapshot(SortedMap<String, FileState> files, List<Problem> folderProblems,
			ContentLinker.Linked linked) {
		this.files = Collections.unmodifiableSortedMap(files);
		this.folderProblems = folderProblems;
		this.linked = linked;
	}

	static ContentSnapshot of(ContentLoader.Loaded loaded, ContentLinker linker) {
		SortedMap<String, FileState> files = new TreeMap<>();
		loaded.results().forEach((file, result) -> files.put(file, new FileState(result.entry(), result.problems())));
		List<Problem> folderProblems = loaded.results().isEmpty() ? loaded.problems() : List.of();
		return new ContentSnapshot(files, folderProblems, linker.link(loaded.entries()));
	}

	/**
	 * Applies re-read files: a result replaces the file's state, except that a file which no
	 * longer parses keeps its last good entry; an empty result means the file is gone.
	 */
	ContentSnapshot with(Map<String, Optional<EntryFileParser.Result>> changes, ContentLinker linker) {
		SortedMap<String, FileState> files = new TreeMap<>(this.files);
		changes.forEach((file, result) -> {
			if (result.isEmpty()) {
				files.remove(file);
				return;
			}
			Optional<ParsedEntry> entry = result.get().entry();
			if (entry.isEmpty() && files.containsKey(file)) {
				entry = files.get(file).entry();
			}
			files.put(file, new FileState(entry, result.get().problems()));
		});
		List<ParsedEntry> entries = files.values().stream().flatMap((state) -> state.entry().stream()).toList();
		return new ContentSnapshot(files, this.folderProblems, linker.link(entries));
	}

	/** Known files at or below {@code path} ({@code ""} for all), relative to the content folder. */
	List<String> filesUnder(String path) {
		if (path.isEmpty()) {
			return List.copyOf(this.files.keySet());
		}
		List<String> under = new ArrayList<>();
		if (this.files.containsKey(path)) {
			under.add(path);
		}
		under.addAll(this.files.subMap(path + "/", path + "0").keySet());
		return under;
	}

	int files() {
		return this.files.size();
	}

	ContentLinker.Linked linked() {
		return this.linked;
	}

	/** Every current problem: each file's own, then those found by linking. */
	List<Problem> problems() {
		List<Problem> problems = new ArrayList<>(this.folderProblems);
		this.files.values().forEach((state) -> problems.addAll(state.problems()));
		problems.addAll(this.linked.problems());
		return problems;
	}

}
