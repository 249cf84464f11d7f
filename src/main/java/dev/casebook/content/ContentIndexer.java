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
import org.springframework.transaction.support.TransactionTemplate;

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

	private final EntityWriter writer;

	private final EntityUpdater updater;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final ContentLock lock;

	private final AtomicReference<IndexReport> lastReport = new AtomicReference<>();

	private final AtomicReference<Optional<ReloadFailure>> lastFailure = new AtomicReference<>(Optional.empty());

	private ContentSnapshot snapshot;

	ContentIndexer(CasebookProperties properties, ContentLoader loader, Markdown markdown, EntityWriter writer,
			EntityUpdater updater, TransactionTemplate transactions, ApplicationEventPublisher events, ContentLock lock) {
		this.root = properties.contentDir();
		this.loader = loader;
		this.linker = new ContentLinker(markdown);
		this.writer = writer;
		this.updater = updater;
		this.transactions = transactions;
		this.events = events;
		this.lock = lock;
	}

	/** Reads and stores the whole content folder, replacing whatever was stored. */
	public synchronized IndexReport index() {
		long start = System.nanoTime();
		logger.info("Indexing content from {}", this.root.toAbsolutePath());
		ContentLoader.Loaded loaded = this.loader.load(this.root);
		logger.info("Read {} files in {} ms", loaded.files(), millisSince(start));
		ContentSnapshot next = ContentSnapshot.of(loaded, this.linker);
		logger.info("Linked {} entries in {} ms", next.linked().entries().size(), millisSince(start));
		FileDates dates = FileDates.fromHistory(ContentLoader.realFolder(this.root).orElse(this.root));
		Stored stored = this.lock.writing(() -> this.transactions.execute((status) -> {
			this.writer.clear();
			return this.writer.write(next.linked(), dates);
		}));
		next.problems().forEach((problem) -> logger.warn("{}", problem));
		return finish(next, start, "Indexed", Optional.empty(), stored, dates);
	}

	/**
	 * Re-reads the given paths (files or folders, relative to the content folder, {@code ""} for
	 * all) and stores what changed. Does nothing before the first {@link #index()}, while the
	 * content folder is missing, or when no content file is concerned. A reload that fails leaves the site as it was, is kept as
	 * {@link #lastFailure()} until a later one succeeds, and is rethrown.
	 * @return the report, or empty when there was nothing to do
	 */
	public synchronized Optional<IndexReport> reload(Collection<String> paths) {
		if (this.snapshot == null) {
			return Optional.empty();
		}
		try {
			Optional<IndexReport> report = apply(paths);
			this.lastFailure.set(Optional.empty());
			return report;
		}
		catch (RuntimeException ex) {
			ReloadFailure failure = new ReloadFailure(Instant.now(), Set.copyOf(paths), describe(ex));
			this.lastFailure.set(Optional.of(failure));
			this.events.publishEvent(failure);
			throw ex;
		}
	}

	private Optional<IndexReport> apply(Collection<String> paths) {
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
		FileDates dates = FileDates.modificationTimes(real);
		Stored stored = this.lock.writing(() -> this.transactions
			.execute((status) -> this.updater.update(previous.linked(), next.linked(), dates)));
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

	/** An exception in one line, from its root cause, for editors: no stack, no class names. */
	private static String describe(RuntimeException ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		return message.lines().findFirst().orElse(message).strip();
	}

	/**
	 * Publishes the run: first what it stored, from which readers' snapshots are built, then the
	 * announcement that it is done.
	 */
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
