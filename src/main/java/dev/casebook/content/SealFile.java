package dev.casebook.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The text of a data folder's seal: a line naming the store format, a line naming the build, then
 * one line per entry's file with the digest of its bytes, its last-updated date ({@code -} when
 * unknown) and its path, in path order.
 */
final class SealFile {

	private SealFile() {
	}

	/** For each entry's file, what a full index stores of it: the digest of its bytes and its date. */
	static Map<String, String> of(Collection<ParsedEntry> entries, FileDates dates) {
		return entries.stream()
			.collect(Collectors.toMap(ParsedEntry::file,
					(entry) -> line(entry.digest(), entry.file(), dates),
					(first, second) -> first, TreeMap::new));
	}

	/**
	 * The same for every Markdown file of the content folder {@code root}, read but not parsed. A
	 * file that cannot be read, or is too large to parse, gets no digest, so it never matches a seal.
	 */
	static Map<String, String> ofFolder(Path root, FileDates dates) {
		Map<String, String> files = new TreeMap<>();
		ContentWalk.find(root, root).forEach((file, found) -> {
			String digest = "-";
			try {
				if (found.problem() == null && Files.size(found.path()) <= EntryFileParser.MAX_BYTES) {
					digest = EntryFileParser.digest(Files.readAllBytes(found.path()));
				}
			}
			catch (IOException ex) {
				// left without a digest: the file is read again, and its problem reported, by the reload
			}
			files.put(file, line(digest, file, dates));
		});
		return files;
	}

	/** Whether two seals name the same files with the same bytes, whatever their dates. */
	static boolean sameBytes(Map<String, String> one, Map<String, String> other) {
		return one.keySet().equals(other.keySet())
				&& one.keySet().stream().allMatch((file) -> digest(one.get(file)).equals(digest(other.get(file))));
	}

	/** The files added, removed, or with other bytes or another date in {@code now} than in {@code sealed}. */
	static Set<String> changed(Map<String, String> sealed, Map<String, String> now) {
		Set<String> changed = new TreeSet<>(now.keySet());
		changed.addAll(sealed.keySet());
		changed.removeIf((file) -> Objects.equals(now.get(file), sealed.get(file)));
		return changed;
	}

	private static String digest(String line) {
		return line.substring(0, line.indexOf(' '));
	}

	private static String line(String digest, String file, FileDates dates) {
		return digest + " " + Optional.ofNullable(dates.lastUpdated(file)).map(Object::toString).orElse("-");
	}

	/** The files {@code seal} names, if it is a seal of {@code format} and {@code build}. */
	static Optional<Map<String, String>> read(Path seal, int format, String build) {
		List<String> lines;
		try {
			lines = Files.readAllLines(seal, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		if (lines.size() < 2 || !lines.get(0).equals("casebook-store " + format) || !lines.get(1).equals("build " + build)) {
			return Optional.empty();
		}
		Map<String, String> files = new TreeMap<>();
		for (String line : lines.subList(2, lines.size())) {
			String[] fields = line.split(" ", 3);
			if (fields.length != 3) {
				return Optional.empty();
			}
			files.put(fields[2], fields[0] + " " + fields[1]);
		}
		return Optional.of(files);
	}

	/** Writes {@code seal} whole or not at all. */
	static void write(Path seal, int format, String build, Map<String, String> files) throws IOException {
		StringBuilder text = new StringBuilder("casebook-store " + format + "\nbuild " + build + "\n");
		new TreeMap<>(files).forEach((file, line) -> text.append(line).append(' ').append(file).append('\n'));
		Path next = Files.createTempFile(seal.getParent(), "seal", ".tmp");
		Files.writeString(next, text, StandardCharsets.UTF_8);
		Files.move(next, seal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

}
