package dev.casebook.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.casebook.company.Company;
import dev.casebook.company.CompanyRepository;
import dev.casebook.company.TimelineEvent;
import dev.casebook.content.ContentIndexedEvent;
import dev.casebook.content.Entry;
import dev.casebook.content.Kind;
import dev.casebook.practice.Practice;
import dev.casebook.practice.PracticeRepository;
import dev.casebook.source.Source;
import dev.casebook.source.SourceRepository;
import dev.casebook.tag.Tag;
import dev.casebook.tool.Tool;
import dev.casebook.tool.ToolRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds the current {@link RelationIndex}: built from the database after every indexing run (or on
 * first use), never served for a run other than the one it was built in.
 */
@Service
public class Relations {

	private final CompanyRepository companies;

	private final ToolRepository tools;

	private final PracticeRepository practices;

	private final SourceRepository sources;

	private final TransactionTemplate transactions;

	/** Increases with every indexing run; a snapshot is only served for the run it was built in. */
	private final AtomicLong generation = new AtomicLong();

	private final AtomicReference<Snapshot> current = new AtomicReference<>();

	private record Snapshot(long generation, RelationIndex index) {
	}

	Relations(CompanyRepository companies, ToolRepository tools, PracticeRepository practices, SourceRepository sources,
			PlatformTransactionManager transactionManager) {
		this.companies = companies;
		this.tools = tools;
		this.practices = practices;
		this.sources = sources;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setReadOnly(true);
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
				snapshot = new Snapshot(seen, this.transactions.execute((status) -> build()));
				this.current.set(snapshot);
			}
			return snapshot.index();
		}
	}

	/**
	 * Builds the snapshot of the run just finished, so the first reader after a reload does not wait
	 * for it. The database connection is taken before the readers are told the snapshot is stale: a
	 * reader waiting for the new one may hold a connection (open session in view), never the builder.
	 */
	@EventListener
	void contentIndexed(ContentIndexedEvent event) {
		this.transactions.executeWithoutResult((status) -> {
			synchronized (this) {
				long next = this.generation.incrementAndGet();
				this.current.set(new Snapshot(next, build()));
			}
		});
	}

	private RelationIndex build() {
		List<Company> companies = this.companies.findAllByOrderByTitle();
		List<Tool> tools = this.tools.findAllByOrderByTitle();
		List<Practice> practices = this.practices.findAllByOrderByTitle();
		List<Source> sources = this.sources.findAllByOrderByTitle();
		List<Entry> entries = Stream.of(companies, tools, practices, sources).<Entry>flatMap(List::stream).toList();
		List<Node> nodes = entries.stream().map(Relations::node).toList();
		RelationIndex probe = new RelationIndex(nodes, List.of());
		RelationIndex index = new RelationIndex(nodes, events(companies, probe));
		for (Entry entry : entries) {
			String from = entry.getSlug();
			entry.getSources().forEach((source) -> index.link(from, Relation.CITES, source.getSlug()));
			entry.getReferences().forEach((target) -> index.link(from, Relation.LINKS_TO, target.getSlug()));
			Passages.scan(entry.getBodyHtml(), (to, anchor) -> index.passage(from, to, anchor));
		}
		for (Company company : companies) {
			company.getTools().forEach((tool) -> index.link(company.getSlug(), Relation.USES, tool.getSlug()));
			company.getPractices().forEach((practice) -> index.link(company.getSlug(), Relation.ADOPTS, practice.getSlug()));
			company.getCreated().forEach((tool) -> index.link(company.getSlug(), Relation.CREATED, tool.getSlug()));
		}
		for (Tool tool : tools) {
			tool.getPractices().forEach((practice) -> index.link(tool.getSlug(), Relation.SUPPORTS, practice.getSlug()));
		}
		for (Practice practice : practices) {
			practice.getRelated().forEach((other) -> index.link(practice.getSlug(), Relation.RELATED, other.getSlug()));
		}
		return index;
	}

	private static List<DatedEvent> events(List<Company> companies, RelationIndex nodes) {
		Mentions tools = new Mentions(nodes.nodes(Kind.TOOL));
		Mentions practices = new Mentions(nodes.nodes(Kind.PRACTICE));
		List<DatedEvent> events = new ArrayList<>();
		for (Company company : companies) {
			Node node = nodes.node(company.getSlug()).orElseThrow();
			int position = 0;
			for (TimelineEvent event : company.getTimeline()) {
				position++;
				Node source = (event.getSource() != null) ? nodes.node(event.getSource().getSlug()).orElse(null) : null;
				events.add(new DatedEvent(event.getYear(), node, event.getEvent(), source, tools.in(event.getEvent()),
						practices.in(event.getEvent()), "event-" + position));
			}
		}
		return events;
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
