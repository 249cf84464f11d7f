package dev.casebook.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.casebook.CasebookProperties;
import dev.casebook.content.SynonymFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The synonym groups of the content folder's {@code synonyms.txt}, read again whenever the file
 * changes (checked by its modification time at each search, a single file lookup), so editors
 * change them like any content.
 */
@Component
class Synonyms {

	private static final Logger logger = LoggerFactory.getLogger(Synonyms.class);

	private final Path file;

	private volatile Read read = new Read(null, Map.of());

	/** The groups by each of their terms, as read at a modification time. */
	private record Read(FileTime modified, Map<String, List<String>> byTerm) {
	}

	Synonyms(CasebookProperties properties) {
		this.file = properties.contentDir().resolve(SynonymFile.NAME);
	}

	/** The terms that mean the same as {@code term} (itself included), or just {@code term}. */
	List<String> of(String term) {
		return current().getOrDefault(term, List.of(term));
	}

	/** Every term that has synonyms, by group. */
	Map<String, List<String>> current() {
		FileTime modified = modified();
		Read known = this.read;
		if (Objects.equals(known.modified(), modified)) {
			return known.byTerm();
		}
		Map<String, List<String>> byTerm = new HashMap<>();
		if (modified != null) {
			try {
				SynonymFile parsed = SynonymFile.parse(Files.readString(this.file));
				parsed.problems().forEach((problem) -> logger.warn("{}", problem));
				parsed.groups().forEach((group) -> group.forEach((term) -> byTerm.put(term, group)));
			}
			catch (IOException ex) {
				logger.warn("{}: cannot read it; searching without synonyms", SynonymFile.NAME);
			}
		}
		this.read = new Read(modified, Map.copyOf(byTerm));
		return this.read.byTerm();
	}

	private FileTime modified() {
		try {
			return Files.isRegularFile(this.file) ? Files.getLastModifiedTime(this.file) : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

}
