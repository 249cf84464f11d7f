package dev.casebook.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.springframework.util.FileSystemUtils;

/**
 * The folder that keeps the index between starts: the H2 database in {@code h2/}, the Lucene
 * indexes in {@code lucene/}, a copy of each entry's file as it was stored in {@code files/}, and
 * {@code seal.txt} ({@link SealFile}), which says that the store holds exactly those files, with
 * their dates, written by this build of the application in this store format. The seal is removed
 * before a run writes anything and written again once a full index, or the reload of a start that
 * took the store up, has committed: a run cut short at any moment leaves no seal, and a folder
 * without a valid seal is emptied before the store opens it. A live reload leaves it unsealed.
 */
final class DataFolder {

	/** Raised whenever the tables, the search mapping or what a run stores change shape. */
	static final int STORE_FORMAT = 1;

	/** This build: its version and build time, so a new build never trusts an older one's store. */
	static final String BUILD = build();

	private final Path root;

	DataFolder(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	String jdbcUrl() {
		return "jdbc:h2:file:" + this.root.resolve("h2").resolve("casebook");
	}

	Path luceneRoot() {
		return this.root.resolve("lucene");
	}

	/** Where the bytes of each sealed entry's file are kept, by its path in the content folder. */
	Path files() {
		return this.root.resolve("files");
	}

	/** What the sealed store holds of each entry's file ({@link SealFile}), if the seal is this build's. */
	Optional<Map<String, String>> sealed() {
		return Files.isRegularFile(seal()) ? SealFile.read(seal(), STORE_FORMAT, BUILD) : Optional.empty();
	}

	/** Empties the folder unless it holds a sealed store; returns whether it was kept. */
	boolean keepOnlyIfSealed() {
		if (sealed().isPresent() && whole()) {
			return true;
		}
		try {
			FileSystemUtils.deleteRecursively(this.root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot empty " + this.root, ex);
		}
		return false;
	}

	/** Removes the seal: from now until {@link #seal}, the store may hold half a run. */
	void unseal() {
		try {
			Files.deleteIfExists(seal());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot remove " + seal(), ex);
		}
	}

	/**
	 * Seals the store as holding {@code entries} with {@code dates}, after keeping a copy of each
	 * entry's file as it was read. A file whose bytes in {@code content} are no longer those read
	 * leaves the store unsealed: its copy could not be the one the store was built from.
	 */
	void seal(Path content, Collection<ParsedEntry> entries, FileDates dates) {
		try {
			Map<String, String> sealed = SealFile.of(entries, dates);
			for (ParsedEntry entry : entries) {
				if (!copied(content, entry)) {
					return;
				}
			}
			// the copies form a content folder even when there is no entry, so a start can read it
			Files.createDirectories(files());
			try (Stream<Path> copies = Files.walk(files())) {
				for (Path copy : copies.filter(Files::isRegularFile).toList()) {
					if (!sealed.containsKey(ContentLoader.relative(files(), copy))) {
						Files.delete(copy);
					}
				}
			}
			SealFile.write(seal(), STORE_FORMAT, BUILD, sealed);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot seal " + this.root, ex);
		}
	}

	/** Whether the copy of {@code entry}'s file holds the bytes it was parsed from, copying them if need be. */
	private boolean copied(Path content, ParsedEntry entry) throws IOException {
		Path copy = files().resolve(entry.file());
		if (Files.isRegularFile(copy) && EntryFileParser.digest(Files.readAllBytes(copy)).equals(entry.digest())) {
			return true;
		}
		Path source = content.resolve(entry.file());
		byte[] bytes = Files.isRegularFile(source) ? Files.readAllBytes(source) : new byte[0];
		if (!EntryFileParser.digest(bytes).equals(entry.digest())) {
			return false;
		}
		Files.createDirectories(copy.getParent());
		Path next = Files.createTempFile(copy.getParent(), "copy", ".tmp");
		Files.write(next, bytes);
		Files.move(next, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		return true;
	}

	private Path seal() {
		return this.root.resolve("seal.txt");
	}

	/** Whether the database opens and every file of every search index's last commit checks out. */
	private boolean whole() {
		try (Connection connection = DriverManager.getConnection(jdbcUrl() + ";IFEXISTS=TRUE", "sa", "")) {
			connection.createStatement().executeQuery("select count(*) from entry").close();
		}
		catch (SQLException ex) {
			return false;
		}
		try (Stream<Path> indexes = Files.list(luceneRoot())) {
			for (Path index : indexes.toList()) {
				checkIndex(index);
			}
			return true;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/** Lucene writes a checksum at the end of each file: reading them all finds a truncated or damaged one. */
	private static void checkIndex(Path index) throws IOException {
		try (Directory directory = FSDirectory.open(index)) {
			SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
			for (String file : commit.files(true)) {
				try (IndexInput input = directory.openInput(file, IOContext.READONCE)) {
					CodecUtil.checksumEntireFile(input);
				}
			}
		}
	}

	private static String build() {
		Properties info = new Properties();
		try (InputStream in = DataFolder.class.getResourceAsStream("/META-INF/build-info.properties")) {
			if (in != null) {
				info.load(in);
			}
		}
		catch (IOException ex) {
			// no build information: the seal then names no build, and only another such run trusts it
		}
		return info.getProperty("build.version", "unknown") + " " + info.getProperty("build.time", "unknown");
	}

}
