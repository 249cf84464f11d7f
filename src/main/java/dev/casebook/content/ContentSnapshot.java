package dev.casebook.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.casebook.core.Dispute;
import dev.casebook.core.Kind;
import dev.casebook.core.Problem;
import dev.casebook.core.Published;
import dev.casebook.model.Entry;

/**
 * What the stored index was built from: for every content file what it yielded now and the entry
 * served for it, and the linked result. Immutable; a reload makes a new one.
 */
final class ContentSnapshot {

	/**
	 * A file now and what is served for it: its entry when it reads cleanly, its last good entry
	 * while a later edit has errors, nothing for a draft or a file that never read cleanly.
	 */
	record FileState(Optional<ParsedEntry> served, EntryFileParser.Result current) {

		static FileState of(EntryFileParser.Result current, Optional<FileState> before) {
			if (current.usable()) {
				return new FileState(current.entry(), current);
			}
			boolean broken = current.problems().stream().anyMatch(Problem::isError);
			return new FileState(broken ? before.flatMap(FileState::served) : Optional.empty(), current);
		}

		/** Whether what is served is an older version of the file. */
		boolean stale() {
			return this.served.isPresent() && !this.current.usable();
		}

		Optional<ParsedEntry> unserved() {
			return this.current.usable() ? Optional.empty() : this.current.entry();
		}

	}

	private final SortedMap<String, FileState> files;

	private final List<Problem> folderProblems;

	private final ContentLinker.Linked linked;

	private ContentSnapshot(SortedMap<String, FileState> files, List<Problem> folderProblems, ContentLinker linker) {
		this.files = Collections.unmodifiableSortedMap(files);
		this.folderProblems = folderProblems;
		List<ParsedEntry> served = files.values().stream().flatMap((state) -> state.served().stream()).toList();
		List<ParsedEntry> unserved = files.values().stream().flatMap((state) -> state.unserved().stream()).toList();
		this.linked = linker.link(served, unserved, staleFiles());
	}

	static ContentSnapshot of(ContentLoader.Loaded loaded, ContentLinker linker) {
		SortedMap<String, FileState> files = new TreeMap<>();
		loaded.results().forEach((file, result) -> files.put(file, FileState.of(result, Optional.empty())));
		return new ContentSnapshot(files, loaded.problems(), linker);
	}

	/**
	 * Applies re-read files: a result replaces the file's state, except that a file which now has
	 * errors keeps its last good entry; an empty result means the file is gone.
	 */
	ContentSnapshot with(Map<String, Optional<EntryFileParser.Result>> changes, ContentLinker linker) {
		SortedMap<String, FileState> files = new TreeMap<>(this.files);
		changes.forEach((file, result) -> {
			if (result.isEmpty()) {
				files.remove(file);
			}
			else {
				files.put(file, FileState.of(result.get(), Optional.ofNullable(files.get(file))));
			}
		});
		return new ContentSnapshot(files, List.of(), linker);
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

	/** The files whose page shows an older version, because the current one has errors. */
	Set<String> staleFiles() {
		return this.files.entrySet().stream().filter((file) -> file.getValue().stale()).map(Map.Entry::getKey)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The site address each file with nothing served would have, and the file: what a 404 there
	 * explains.
	 */
	Map<String, String> unservedAddresses() {
		Map<String, String> addresses = new LinkedHashMap<>();
		this.files.forEach((file, state) -> {
			if (state.served().isEmpty()) {
				Optional<Kind> kind = ContentLoader.kindOf(file);
				String slug = state.current().entry().map(ParsedEntry::slug).orElseGet(() -> Slugs.ofFile(file));
				kind.ifPresent((k) -> addresses.putIfAbsent(k.pathOf(slug), file));
			}
		});
		return Collections.unmodifiableMap(addresses);
	}

	/** Where the sources of the served companies disagree. */
	List<Dispute> disputes() {
		Map<String, Published> published = Disputes.published(this.linked.entries());
		return this.linked.entries().stream().flatMap((entry) -> Disputes.of(entry, published::get).stream()).toList();
	}

	/** Every current problem: each file's own, then those found by linking. */
	List<Problem> problems() {
		List<Problem> problems = new ArrayList<>(this.folderProblems);
		this.files.values().forEach((state) -> problems.addAll(state.current().problems()));
		problems.addAll(this.linked.problems());
		return problems;
	}

}
