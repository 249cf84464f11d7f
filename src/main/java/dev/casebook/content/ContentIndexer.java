package dev.casebook.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import dev.casebook.CasebookProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes the content folder: reads and parses every file, links entries to each other and
 * stores them, logging each step and every problem with its file and line.
 */
@Service
public class ContentIndexer {

	private static final Logger logger = LoggerFactory.getLogger(ContentIndexer.class);

	private final CasebookProperties properties;

	private final ContentLoader loader;

	private final ContentLinker linker;

	private final EntityWriter writer;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final AtomicReference<IndexReport> lastReport = new AtomicReference<>();

	ContentIndexer(CasebookProperties properties, ContentLoader loader, Markdown markdown, EntityWriter writer,
			TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.properties = properties;
		this.loader = loader;
		this.linker = new ContentLinker(markdown);
		this.writer = writer;
		this.transactions = transactions;
		this.events = events;
	}

	public IndexReport index() {
		long start = System.nanoTime();
		logger.info("Indexing content from {}", this.properties.contentDir().toAbsolutePath());
		ContentLoader.Loaded loaded = this.loader.load(this.properties.contentDir());
		logger.info("Read {} files in {} ms", loaded.files(), millisSince(start));
		ContentLinker.Linked linked = this.linker.link(loaded.entries());
		logger.info("Linked {} entries in {} ms", linked.entries().size(), millisSince(start));
		Integer links = this.transactions.execute((status) -> {
			this.writer.clear();
			return this.writer.write(linked);
		});
		List<Problem> problems = new ArrayList<>(loaded.problems());
		problems.addAll(linked.problems());
		problems.forEach((problem) -> logger.warn("{}", problem));
		Map<Kind, Long> counts = new EnumMap<>(Kind.class);
		for (Kind kind : Kind.values()) {
			counts.put(kind, linked.entries().stream().filter((entry) -> entry.kind() == kind).count());
		}
		long revision = lastReport().map(IndexReport::revision).orElse(0L) + 1;
		IndexReport report = new IndexReport(revision, loaded.files(), counts, (links != null) ? links : 0, List.copyOf(problems),
				millisSince(start), Instant.now());
		this.lastReport.set(report);
		logger.info("Indexed {} files: {} companies, {} tools, {} practices, {} sources; {} links; "
				+ "{} errors, {} warnings; {} ms", report.files(), counts.get(Kind.COMPANY), counts.get(Kind.TOOL),
				counts.get(Kind.PRACTICE), counts.get(Kind.SOURCE), report.links(), report.errors(), report.warnings(),
				report.millis());
		this.events.publishEvent(new ContentIndexedEvent(report));
		return report;
	}

	/** The report of the last finished run, if any. */
	public Optional<IndexReport> lastReport() {
		return Optional.ofNullable(this.lastReport.get());
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
