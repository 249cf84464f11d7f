package dev.casebook.content;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.casebook.core.Kind;
import dev.casebook.core.Problem;
import dev.casebook.core.Rule;
import org.springframework.stereotype.Component;

/**
 * Reads the Markdown files of a content folder, parsing them in parallel; names starting with a
 * dot (editors' lock files, {@code .git}) are skipped. The folder itself may be
 * a symbolic link (a {@code current -> releases/N} layout); links below it are reported and never
 * followed, so nothing outside the folder is read. Folders and files that cannot be read, and
 * anything named {@code .md} that is not a regular file (a named pipe, a device), become problems
 * of their own path: they never stop the run and are never opened.
 */
@Component
class ContentLoader {

	private final EntryFileParser parser;

	ContentLoader(EntryFileParser parser) {
		this.parser = parser;
	}

	/**
	 * What a folder yielded.
	 * @param results what each path yielded, relative to the folder, in path order: Markdown files,
	 * and every link, unreadable folder or file that is reported
	 * @param problems problems of the folder as a whole (it is missing)
	 */
	record Loaded(Map<String, EntryFileParser.Result> results, List<Problem> problems) {

		/** The entries that can be served: parsed without an error, not drafts. */
		List<ParsedEntry> entries() {
			return this.results.values().stream().filter(EntryFileParser.Result::usable)
				.map((result) -> result.entry().orElseThrow()).toList();
		}

		/** Entries read well enough to check, that cannot be served: drafts, or with errors. */
		List<ParsedEntry> unserved() {
			return this.results.values().stream().filter((result) -> !result.usable())
				.flatMap((result) -> result.entry().stream()).toList();
		}

		int files() {
			return this.results.size();
		}

		/** Every problem found, in path order. */
		List<Problem> allProblems() {
			List<Problem> all = new ArrayList<>(this.problems);
			this.results.values().forEach((result) -> all.addAll(result.problems()));
			return all;
		}

	}

	Loaded load(Path root) {
		Optional<Path> real = realFolder(root);
		if (real.isEmpty()) {
			return new Loaded(Map.of(), List.of(Rule.FOLDER_MISSING.at(root.getFileName() + "/", 0,
					"content folder does not exist")));
		}
		if (!Files.isReadable(real.get())) {
			return new Loaded(Map.of(), List.of(Rule.UNREADABLE.at(root.getFileName() + "/", 0,
					"cannot read the content folder: permission denied")));
		}
		return new Loaded(read(real.get(), ""), List.of());
	}

	/** The folder with a link at its own place resolved, or empty when it is no folder. */
	static Optional<Path> realFolder(Path root) {
		try {
			Path real = root.toRealPath();
			return Files.isDirectory(real) ? Optional.of(real) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Reads everything at or below {@code under} (relative to {@code root}, {@code ""} for all), in
	 * path order; nothing when it does not exist.
	 */
	Map<String, EntryFileParser.Result> read(Path root, String under) {
		Map<String, ContentWalk.Found> found = ContentWalk.find(root, under.isEmpty() ? root : root.resolve(under));
		Map<String, EntryFileParser.Result> results = new TreeMap<>();
		found.entrySet()
			.parallelStream()
			.map((item) -> Map.entry(item.getKey(), item.getValue().read(this.parser, root, item.getKey())))
			.toList()
			.forEach((item) -> results.put(item.getKey(), item.getValue()));
		return results;
	}

	/** The path of {@code path} relative to {@code root}, with {@code /} separators. */
	static String relative(Path root, Path path) {
		return root.relativize(path).toString().replace('\\', '/');
	}

	static Optional<Kind> kindOf(String file) {
		String[] parts = file.split("/");
		return (parts.length == 2) ? Kind.ofFolder(parts[0]) : Optional.empty();
	}

	/** An exception's cause in plain words, without the absolute path it names. */
	static String reason(IOException ex) {
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof NoSuchFileException) {
			return "it vanished while being read";
		}
		if (ex instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason().toLowerCase(Locale.ROOT);
		}
		return ex.getClass().getSimpleName();
	}

}
