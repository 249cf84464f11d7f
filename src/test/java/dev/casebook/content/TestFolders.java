package dev.casebook.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary content folders for tests that change files: never the fixtures themselves. */
public final class TestFolders {

	private TestFolders() {
	}

	public static Path temporary(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A new folder under {@code target/}, for a test whose application context (cached for the
	 * whole run) watches it: it is left for {@code ./mvnw clean}, as deleting it while the context
	 * still runs would make the watcher report it missing.
	 */
	public static Path inTarget(String prefix) {
		try {
			return Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-content")), prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes {@code target} an exact copy of {@code source}. */
	public static void copy(Path source, Path target) throws IOException {
		delete(target);
		try (Stream<Path> tree = Files.walk(source)) {
			for (Path path : tree.toList()) {
				Path copy = target.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(path, copy);
				}
			}
		}
	}

	/** Replaces {@code from}, which must be there, with {@code to} in {@code file} of {@code folder}. */
	public static void replace(Path folder, String file, String from, String to) throws IOException {
		Path path = folder.resolve(file);
		String text = Files.readString(path);
		if (!text.contains(from)) {
			throw new IllegalArgumentException(file + " does not contain '" + from + "'");
		}
		Files.writeString(path, text.replace(from, to));
	}

	public static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> tree = Files.walk(folder)) {
			for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
