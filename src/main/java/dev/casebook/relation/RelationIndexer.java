package dev.casebook.relation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import dev.casebook.content.Edge;
import dev.casebook.content.StoredRun;
import dev.casebook.core.Revision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Holds the current {@link RelationIndex}: built from each {@link StoredRun} as it is published, from
 * the run's own entries, relations and bodies, and swapped in whole. Nothing is read back from the
 * store. What a reload did not write (an entry's values, its body's passages, a company's history)
 * is taken from the index of the run before, which saw it written.
 */
@Service
public class RelationIndexer {

	private static final Logger logger = LoggerFactory.getLogger(RelationIndexer.class);

	private final AtomicReference<RelationIndex> current = new AtomicReference<>(
			new RelationIndex(Revision.NONE, List.of(), List.of()));

	/** The revision of the index readers are given. */
	public Revision revision() {
		return current().revision();
	}

	/** The index of the content as last stored; empty before the first run. */
	public RelationIndex current() {
		return this.current.get();
	}

	@EventListener
	void stored(StoredRun run) {
		long start = System.nanoTime();
		this.current.set(build(run, current()));
		logger.info("Built the relation index of revision {} in {} ms", run.report().revision(),
				(System.nanoTime() - start) / 1_000_000);
	}

	/** The index of {@code run}, taking from {@code previous} only what the run left as it was. */
	static RelationIndex build(StoredRun run, RelationIndex previous) {
		Map<String, Node> nodes = new HashMap<>();
		previous.nodes()
			.stream()
			.filter((node) -> run.slugs().contains(node.slug()))
			.forEach((node) -> nodes.put(node.slug(), node));
		run.written().forEach((entry) -> nodes.put(entry.slug(), node(entry)));
		List<DatedEvent> events = new ArrayList<>();
		previous.events()
			.stream()
			.filter((event) -> nodes.containsKey(event.company().slug()) && !run.histories().containsKey(event.company().slug()))
			.forEach(events::add);
		run.histories().forEach((company, history) -> events.addAll(Timelines.written(company, history, nodes)));
		Optional<Set<String>> untouched = run.changed()
			.filter((changed) -> !Timelines.renamed(previous, changed, nodes));
		RelationIndex index = new RelationIndex(Revision.of(run.report()), nodes.values(),
				Timelines.mentioning(events, nodes, untouched));
		index.keepPassages(previous, run.bodies().keySet());
		run.bodies().forEach((from, html) -> Passages.scan(html, (to, anchor) -> index.passage(from, to, anchor)));
		Collection<Edge> relinked = run.relations();
		if (run.changed().isPresent()) {
			Set<String> changed = run.changed().get();
			relinked = relinked.stream()
				.filter((edge) -> changed.contains(edge.from()) || changed.contains(edge.to()))
				.toList();
			index.keepLinks(previous, changed, relinked);
		}
		for (Edge edge : relinked) {
			index.link(edge.from(), Relation.of(edge.type()), edge.to());
		}
		return index;
	}

	private static Node node(StoredRun.Entry entry) {
		return new Node(entry.kind(), entry.slug(), entry.title(), entry.summary(), entry.category(), entry.tags(),
				entry.aliases(), entry.reviewed().orElse(null), entry.lastUpdated().orElse(null));
	}

}
