package dev.casebook.content;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import dev.casebook.CasebookProperties;
import dev.casebook.core.ContentIndexedEvent;
import dev.casebook.core.IndexReport;
import dev.casebook.core.Kind;
import dev.casebook.core.Problem;
import dev.casebook.core.ReloadFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Indexes the content folder: {@link #index()} reads, parses, links and stores everything;
 * {@link #reload(Collection)} re-reads only changed files and stores only what they change. Each
 * run writes in one transaction, then publishes what it stored ({@link StoredRun}) and a
 * {@link ContentIndexedEvent}. Runs never overlap.
 */
@Service
public class ContentIndexer {

	private static final Logger logger = LoggerFactory.getLogger(ContentIndexer.class);

	private final Path root;

	private final ContentLoader loader;

	private final ContentLinker linker;

	private final ContentStore store;

	private final ApplicationEventPublisher events;

	private final AtomicReference<IndexReport> lastReport = new AtomicReference<>();

	private final AtomicReference<Optional<ReloadFailure>> lastFailure = new AtomicReference<>(Optional.empty());

	private ContentSnapshot snapshot;

	ContentIndexer(CasebookProperties properties, ContentLoader loader, Markdown markdown, ContentStore store,
			ApplicationEventPublisher events) {
		this.root = properties.contentDir();
		this.loader = loader;
		this.linker = new ContentLinker(markdown);
		this.store = store;
		this.events = events;
	}

	/**
	 * Reads and stores the whole content folder, replacing whatever was stored. A start's first run
	 * takes up a sealed store instead ({@link #resume}).
	 */
	public synchronized IndexReport index() {
		long start = System.nanoTime();
		logger.info("Indexing content from {}", this.root.toAbsolutePath());
		Optional<IndexReport> resumed = (this.snapshot == null) ? this.store.sealed().flatMap(this::resume)
				: Optional.empty();
		if (resumed.isPresent()) {
			return resumed.get();
		}
		ContentLoader.Loaded loaded = this.loader.load(this.root);
		logger.info("Read {} files in {} ms", loaded.files(), millisSince(start));
		ContentSnapshot next = ContentSnapshot.of(loaded, this.linker);
		logger.info("Linked {} entries in {} ms", next.linked().entries().size(), millisSince(start));
		Path real = ContentLoader.realFolder(this.root).orElse(this.root);
		FileDates dates = FileDates.fromHistory(real);
		Stored stored = this.store.replace(real, next.linked(), dates);
		next.problems().forEach((problem) -> logger.warn("{}", problem));
		return finish(next, start, "Indexed", Optional.empty(), stored, dates);
	}

	/**
	 * Takes up the sealed store: the copies of its files, parsed and linked but neither rendered nor
	 * stored again (their bodies are read back from the store), become the first run; the files
	 * changed since (other bytes or another date, added or removed) are then reloaded and the store
	 * sealed again. Empty, for a full index, when the copies are not what the seal names, the store
	 * holds other entries than the copies, or the content folder is missing.
	 */
	private Optional<IndexReport> resume(Map<String, String> sealed) {
		long start = System.nanoTime();
		Optional<Path> folder = ContentLoader.realFolder(this.root);
		Optional<Path> copies = this.store.copies();
		if (folder.isEmpty() || copies.isEmpty()) {
			return Optional.empty();
		}
		FileDates dates = FileDates.fromHistory(folder.get());
		ContentSnapshot stored = ContentSnapshot.of(this.loader.load(copies.get()), this.linker);
		Optional<Stored> kept = SealFile.sameBytes(SealFile.of(stored.linked().entries(), dates), sealed)
				? this.store.kept(stored.linked()) : Optional.empty();
		if (kept.isEmpty()) {
			return Optional.empty();
		}
		IndexReport report = finish(stored, start, "Took up the stored index of", Optional.empty(), kept.get(),
				dates);
		Set<String> changed = SealFile.changed(sealed, SealFile.ofFolder(folder.get(), dates));
		return changed.isEmpty() ? Optional.of(report) : apply(changed, Optional.of(dates));
	}

	/**
	 * Re-reads the given paths (files or folders in the content folder, {@code ""} for all) and
	 * stores what changed; nothing before the first {@link #index()}, while the folder is missing,
	 * or when no content file is concerned. A reload that fails leaves the site as it was, is kept
	 * as {@link #lastFailure()} until one succeeds, and is rethrown.
	 */
	public synchronized Optional<IndexReport> reload(Collection<String> paths) {
		if (this.snapshot == null) {
			return Optional.empty();
		}
		try {
			Optional<IndexReport> report = apply(paths, Optional.empty());
			this.lastFailure.set(Optional.empty());
			return report;
		}
		catch (RuntimeException ex) {
			ReloadFailure failure = ReloadFailure.of(Instant.now(), paths, ex);
			this.lastFailure.set(Optional.of(failure));
			this.events.publishEvent(failure);
			throw ex;
		}
	}

	/**
	 * Reloads {@code paths}. With {@code dates} (those a full index would store), the store is
	 * sealed again; without, files are dated by their modification times and it stays unsealed.
	 */
	private Optional<IndexReport> apply(Collection<String> paths, Optional<FileDates> sealedDates) {
		long start = System.nanoTime();
		Optional<Path> folder = ContentLoader.realFolder(this.root);
		if (folder.isEmpty()) {
			// the last content stays; the watcher says the folder is missing and reads it all once it is back
			return Optional.empty();
		}
		Path real = folder.get();
		Map<String, Optional<EntryFileParser.Result>> changes = new LinkedHashMap<>();
		for (String path : paths) {
			this.snapshot.filesUnder(path).forEach((file) -> changes.put(file, Optional.empty()));
			this.loader.read(real, path).forEach((file, result) -> changes.put(file, Optional.of(result)));
		}
		if (changes.isEmpty()) {
			return Optional.empty();
		}
		ContentSnapshot next = this.snapshot.with(changes, this.linker);
		ContentSnapshot previous = this.snapshot;
		FileDates dates = sealedDates.orElseGet(() -> FileDates.modificationTimes(real));
		Stored stored = this.store.update(previous.linked(), next.linked(), dates, sealedDates.map((sealing) -> real));
		next.problems()
			.stream()
			.filter((problem) -> changes.containsKey(problem.path()))
			.forEach((problem) -> logger.warn("{}", problem));
		return Optional.of(finish(next, start, "Reloaded " + changes.size() + " changed of",
				Optional.of(stored.changed()), stored, dates));
	}

	/** The report of the last finished run, if any. */
	public Optional<IndexReport> lastReport() {
		return Optional.ofNullable(this.lastReport.get());
	}

	/** The last reload, when it failed: then the site shows an older revision than the files. */
	public Optional<ReloadFailure> lastFailure() {
		return this.lastFailure.get();
	}

	/** Publishes the run: what it stored, which readers' snapshots are built from, then that it is done. */
	private IndexReport finish(ContentSnapshot next, long start, String what, Optional<Set<String>> changed,
			Stored stored, FileDates dates) {
		this.snapshot = next;
		Map<Kind, Long> counts = new EnumMap<>(Kind.class);
		for (Kind kind : Kind.values()) {
			counts.put(kind, next.linked().entries().stream().filter((entry) -> entry.kind() == kind).count());
		}
		long revision = lastReport().map(IndexReport::revision).orElse(0L) + 1;
		List<Problem> problems = List.copyOf(next.problems());
		IndexReport report = new IndexReport(revision, next.files(), counts, next.linked().edges().size(), problems,
				millisSince(start), Instant.now(), next.staleFiles(), next.unservedAddresses(), next.disputes());
		this.lastReport.set(report);
		logger.info("{} {} files: {} companies, {} tools, {} practices, {} sources; {} links; "
				+ "{} errors, {} warnings; {} ms; revision {}", what, report.files(), counts.get(Kind.COMPANY),
				counts.get(Kind.TOOL), counts.get(Kind.PRACTICE), counts.get(Kind.SOURCE), report.links(),
				report.errors(), report.warnings(), report.millis(), revision);
		this.events.publishEvent(StoredRun.of(report, changed, next.linked(), stored, dates::lastUpdated));
		this.events.publishEvent(new ContentIndexedEvent(report, changed));
		return report;
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
