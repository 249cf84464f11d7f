package dev.casebook.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.casebook.core.Kind;
import dev.casebook.core.Problem;
import dev.casebook.core.Rule;

import static dev.casebook.content.ContentLoader.kindOf;
import static dev.casebook.content.ContentLoader.reason;
import static dev.casebook.content.ContentLoader.relative;

/**
 * A walk of a content folder that follows no link: it finds the Markdown files to parse, and
 * reports every link, unreadable folder or file, and anything named {@code .md} that is not a
 * regular file as the problem it is. Names starting with a dot are skipped. Only
 * {@link Found#read} opens a file, and only a regular one.
 */
final class ContentWalk {

	private ContentWalk() {
	}

	/**
	 * What lies at or below {@code start} (a folder at or below {@code root}), by path relative to
	 * {@code root}, in path order; nothing when it does not exist.
	 */
	static Map<String, Found> find(Path root, Path start) {
		Map<String, Found> found = new TreeMap<>();
		try {
			Files.walkFileTree(start, new Finder(root, found));
		}
		catch (IOException ex) {
			found.put(relative(root, start), Found.failed(Rule.UNREADABLE, "cannot read: " + reason(ex)));
		}
		found.remove("");
		return found;
	}

	/** A path the walk found: a Markdown file to parse, or the problem it is. */
	record Found(Path path, Problem problem) {

		static Found failed(Rule rule, String message) {
			return new Found(null, rule.at("", 0, message));
		}

		EntryFileParser.Result read(EntryFileParser parser, Path root, String file) {
			if (this.problem != null) {
				return EntryFileParser.Result.failed(new Problem(file, 0, this.problem.rule(), this.problem.message(), ""));
			}
			Optional<Kind> kind = kindOf(file);
			if (kind.isEmpty()) {
				return EntryFileParser.Result.failed(Rule.UNKNOWN_FOLDER.at(file, 0, Rule.UNKNOWN_FOLDER.example()));
			}
			try {
				if (Files.size(this.path) > EntryFileParser.MAX_BYTES) {
					return EntryFileParser.Result.failed(Rule.TOO_LARGE.at(file, 0, Rule.TOO_LARGE.example()));
				}
				return parser.parse(file, kind.get(), Files.readAllBytes(this.path));
			}
			catch (IOException ex) {
				return EntryFileParser.Result.failed(Rule.UNREADABLE.at(file, 0, "cannot read this file: " + reason(ex)));
			}
		}

	}

	/** Collects Markdown files, links and unreadable places without following any link. */
	private static final class Finder extends SimpleFileVisitor<Path> {

		private final Path root;

		private final Map<String, Found> found;

		Finder(Path root, Map<String, Found> found) {
			this.root = root;
			this.found = found;
		}

		@Override
		public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
			return (isHidden(dir) && !dir.equals(this.root)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
		}

		@Override
		public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
			if (isHidden(path)) {
				return FileVisitResult.CONTINUE;
			}
			String file = relative(this.root, path);
			if (attributes.isSymbolicLink()) {
				this.found.put(file, Found.failed(Rule.SYMBOLIC_LINK, Rule.SYMBOLIC_LINK.example()));
			}
			else if (isMarkdown(path) && attributes.isRegularFile()) {
				this.found.put(file, new Found(path, null));
			}
			else if (isMarkdown(path) && attributes.isOther()) {
				this.found.put(file, Found.failed(Rule.NOT_A_FILE, Rule.NOT_A_FILE.example()));
			}
			return FileVisitResult.CONTINUE;
		}

		@Override
		public FileVisitResult visitFileFailed(Path path, IOException ex) {
			if (!(ex instanceof NoSuchFileException)) {
				String what = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "folder" : "file";
				this.found.put(relative(this.root, path),
						Found.failed(Rule.UNREADABLE, "cannot read this " + what + ": " + reason(ex)));
			}
			return FileVisitResult.CONTINUE;
		}

		@Override
		public FileVisitResult postVisitDirectory(Path dir, IOException ex) {
			if (ex != null && !(ex instanceof NoSuchFileException)) {
				this.found.put(relative(this.root, dir), Found.failed(Rule.UNREADABLE, "cannot read this folder: " + reason(ex)));
			}
			return FileVisitResult.CONTINUE;
		}

		/** Names starting with a dot: editors' lock files, {@code .git}, {@code .obsidian}. */
		private static boolean isHidden(Path path) {
			return path.getFileName() != null && path.getFileName().toString().startsWith(".");
		}

		private static boolean isMarkdown(Path path) {
			return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
		}

	}

}
