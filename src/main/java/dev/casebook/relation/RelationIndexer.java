package dev.casebook.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import dev.casebook.core.ContentIndexedEvent;
import dev.casebook.core.RelationType;
import dev.casebook.core.Revision;
import dev.casebook.model.Company;
import dev.casebook.model.CompanyRepository;
import dev.casebook.model.Entry;
import dev.casebook.model.EntryRepository;
import dev.casebook.model.Practice;
import dev.casebook.model.PracticeRepository;
import dev.casebook.model.SourceRepository;
import dev.casebook.model.Tag;
import dev.casebook.model.Tool;
import dev.casebook.model.ToolRepository;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds the current {@link RelationIndex}: built from the database after every indexing run (or on
 * first use), never served for a run other than the one it was built in. After a reload only the
 * entries it changed are read again; everything else is carried over from the previous index.
 */
@Service
public class RelationIndexer {

	private static final int FULL_BUILD_BATCH_SIZE = 1000;

	private final List<EntryRepository<? extends Entry>> repositories;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	/** Increases with every indexing run; a snapshot is only served for the run it was built in. */
	private final AtomicLong generation = new AtomicLong();

	private final AtomicReference<Snapshot> current = new AtomicReference<>();

	private record Snapshot(long generation, RelationIndex index) {
	}

	RelationIndexer(CompanyRepository companies, ToolRepository tools, PracticeRepository practices, SourceRepository sources,
			EntityManager entityManager, PlatformTransactionManager transactionManager) {
		this.repositories = List.of(companies, tools, practices, sources);
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setReadOnly(true);
	}

	/** The revision of the index last built; never waits for one to be built. */
	public Revision revision() {
		Snapshot snapshot = this.current.get();
		return (snapshot != null && snapshot.generation() == this.generation.get()) ? snapshot.index().revision()
				: Revision.NONE;
	}

	/** The index of the content as last indexed; one thread builds it while the others wait for it. */
	public RelationIndex current() {
		Snapshot snapshot = this.current.get();
		if (snapshot != null && snapshot.generation() == this.generation.get()) {
			return snapshot.index();
		}
		synchronized (this) {
			long seen = this.generation.get();
			snapshot = this.current.get();
			if (snapshot == null || snapshot.generation() != seen) {
				snapshot = new Snapshot(seen,
						this.transactions.execute((status) -> build(Optional.empty(), Revision.NONE)));
				this.current.set(snapshot);
			}
			return snapshot.index();
		}
	}

	/**
	 * Builds the snapshot of the run just finished, so the first reader after a reload does not wait
	 * for it: from the previous one and the entries the reload changed, when the previous one is of
	 * the run before. The database connection is taken before the readers are told the snapshot is
	 * stale: a reader waiting for the new one may hold a connection (open session in view), never
	 * the builder.
	 */
	@EventListener
	void contentIndexed(ContentIndexedEvent event) {
		this.transactions.executeWithoutResult((status) -> {
			synchronized (this) {
				Snapshot previous = this.current.get();
				long next = this.generation.incrementAndGet();
				Optional<Reload> reload = event.changed()
					.filter((changed) -> previous != null && previous.generation() == next - 1)
					.map((changed) -> new Reload(previous.index(), changed));
				this.current.set(new Snapshot(next, build(reload, Revision.of(event.report()))));
			}
		});
	}

	/** The index a reload follows and the slugs of the entries it changed. */
	private record Reload(RelationIndex previous, Set<String> changed) {
	}

	/**
	 * Reads every entry, or after a {@code reload} only those it changed, carrying everything else
	 * over from the previous index: a relation between two entries that did not change is as it was.
	 */
	private RelationIndex build(Optional<Reload> reload, Revision revision) {
		if (reload.isEmpty()) {
			// every entry's collections are read: load them a thousand owners at a time. Pages do not
			// batch, as they would load the collections of every entry they touched.
			this.entityManager.unwrap(Session.class).setFetchBatchSize(FULL_BUILD_BATCH_SIZE);
		}
		List<Entry> entries = this.repositories.stream()
			.<Entry>flatMap((repository) -> load(repository, reload.map(Reload::changed)).stream())
			.toList();
		Map<String, Node> nodes = new HashMap<>();
		List<DatedEvent> events = new ArrayList<>();
		reload.ifPresent((from) -> {
			from.previous()
				.nodes()
				.stream()
				.filter((node) -> !from.changed().contains(node.slug()))
				.forEach((node) -> nodes.put(node.slug(), node));
			from.previous()
				.events()
				.stream()
				.filter((event) -> !from.changed().contains(event.company().slug()))
				.forEach(events::add);
		});
		entries.stream().map(RelationIndexer::node).forEach((node) -> nodes.put(node.slug(), node));
		entries.stream()
			.filter(Company.class::isInstance)
			.forEach((company) -> events.addAll(Timelines.written((Company) company, nodes)));
		Optional<Set<String>> untouched = reload
			.filter((from) -> !Timelines.renamed(from.previous(), from.changed(), nodes))
			.map(Reload::changed);
		RelationIndex index = new RelationIndex(revision, nodes.values(), Timelines.mentioning(events, nodes, untouched));
		reload.ifPresent((from) -> index.keep(from.previous(), from.changed()));
		for (Entry entry : entries) {
			String from = entry.getSlug();
			Passages.scan(entry.getBodyHtml(), (to, anchor) -> index.passage(from, to, anchor));
			for (RelationType type : RelationType.values()) {
				entry.targets(type).forEach((target) -> index.link(from, Relation.of(type), target.getSlug()));
			}
		}
		return index;
	}

	private static List<? extends Entry> load(EntryRepository<? extends Entry> repository,
			Optional<Set<String>> slugs) {
		return slugs.isPresent() ? repository.findBySlugIn(slugs.get()) : repository.findAllByOrderBySortTitle();
	}

	private static Node node(Entry entry) {
		String category = null;
		if (entry instanceof Tool tool) {
			category = tool.getCategory();
		}
		else if (entry instanceof Practice practice) {
			category = practice.getCategory();
		}
		else if (entry instanceof Company company) {
			category = company.getIndustry();
		}
		return new Node(entry.getKind(), entry.getSlug(), entry.getTitle(), entry.getSummary(), category,
				entry.getTags().stream().map(Tag::getName).collect(Collectors.toCollection(TreeSet::new)),
				List.copyOf(entry.getAliases()), entry.getReviewed().orElse(null),
				entry.getLastUpdated().orElse(null));
	}

}
