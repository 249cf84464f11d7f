package dev.casebook.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.file.LinkOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * Reads every Markdown file of a content folder, in parallel. Symbolic links (to files or folders)
 * are reported and never followed, so nothing outside the folder is read.
 */
@Component
class ContentLoader {

	private final EntryFileParser parser;

	ContentLoader(EntryFileParser parser) {
		this.parser = parser;
	}

	/** @param results what each file yielded, by path relative to the folder, in path order */
	record Loaded(int files, List<ParsedEntry> entries, List<Problem> problems,
			Map<String, EntryFileParser.Result> results) {
	}

	Loaded load(Path root) {
		List<Problem> problems = new ArrayList<>();
		if (!Files.isDirectory(root)) {
			problems.add(Problem.error(root.toString(), 0, "content folder does not exist"));
			return new Loaded(0, List.of(), problems, Map.of());
		}
		List<Path> files = markdownFiles(root, root);
		List<EntryFileParser.Result> results = files.parallelStream().map((path) -> read(root, path)).toList();
		List<ParsedEntry> entries = new ArrayList<>();
		Map<String, EntryFileParser.Result> byFile = new LinkedHashMap<>();
		for (int i = 0; i < files.size(); i++) {
			EntryFileParser.Result result = results.get(i);
			result.entry().ifPresent(entries::add);
			problems.addAll(result.problems());
			byFile.put(relative(root, files.get(i)), result);
		}
		return new Loaded(files.size(), entries, problems, byFile);
	}

	/**
	 * Every Markdown file at or below {@code start}, in path order, plus every symbolic link (which
	 * {@link #read} reports); none when {@code start} does not exist.
	 */
	static List<Path> markdownFiles(Path root, Path start) {
		if (!Files.exists(start, LinkOption.NOFOLLOW_LINKS)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(start)) {
			return walk.filter((path) -> isMarkdown(path) || (Files.isSymbolicLink(path) && !path.equals(root)))
				.sorted(Comparator.comparing(Path::toString))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list content folder " + root, ex);
		}
	}

	/** The path of {@code path} relative to {@code root}, with {@code /} separators. */
	static String relative(Path root, Path path) {
		return root.relativize(path).toString().replace('\\', '/');
	}

	/** Reads one file; {@code path} must lie below {@code root}. */
	EntryFileParser.Result read(Path root, Path path) {
		String file = relative(root, path);
		Optional<Kind> kind = kindOf(file);
		if (Files.isSymbolicLink(path)) {
			return failed(file, "symbolic link not followed: content must be a regular file inside the content folder");
		}
		if (kind.isEmpty()) {
			return failed(file, "unknown folder: entries belong in companies/, tools/, practices/ or sources/");
		}
		try {
			if (Files.size(path) > EntryFileParser.MAX_BYTES) {
				return failed(file, "file is larger than " + EntryFileParser.MAX_BYTES / 1024 + " KiB");
			}
			return this.parser.parse(file, kind.get(), Files.readAllBytes(path));
		}
		catch (IOException ex) {
			return failed(file, "cannot read file: " + ex.getMessage());
		}
	}

	private static boolean isMarkdown(Path path) {
		return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
	}

	static Optional<Kind> kindOf(String file) {
		String[] parts = file.split("/");
		return (parts.length == 2) ? Kind.ofFolder(parts[0]) : Optional.empty();
	}

	private static EntryFileParser.Result failed(String file, String message) {
		return new EntryFileParser.Result(Optional.empty(), List.of(Problem.error(file, 0, message)));
	}

}
