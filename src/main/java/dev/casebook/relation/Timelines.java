package dev.casebook.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import dev.casebook.content.StoredRun;
import dev.casebook.core.Kind;

/**
 * The dated events of the relation index: read from companies' timelines, then related to the tools
 * and practices their texts name ({@link Mentions}).
 */
final class Timelines {

	private Timelines() {
	}

	/** A company's history as stored, with the nodes of the company and the sources; no mentions yet. */
	static List<DatedEvent> written(String company, List<StoredRun.Event> history, Map<String, Node> nodes) {
		List<DatedEvent> events = new ArrayList<>();
		int position = 0;
		for (StoredRun.Event event : history) {
			position++;
			events.add(new DatedEvent(event.year(), nodes.get(company), event.text(), nodes.get(event.source()),
					List.of(), List.of(), "event-" + position));
		}
		return events;
	}

	/**
	 * The events with today's nodes and the tools and practices their texts name now. With
	 * {@code untouched}, an event that touches none of those entries is kept as it is: only right
	 * when no tool or practice was added, removed or renamed (see {@link #renamed}).
	 */
	static List<DatedEvent> mentioning(List<DatedEvent> events, Map<String, Node> nodes, Optional<Set<String>> untouched) {
		List<Node> candidates = nodes.values()
			.stream()
			.sorted(Comparator.comparing(Node::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Node::slug))
			.toList();
		Mentions tools = new Mentions(candidates.stream().filter((node) -> node.kind() == Kind.TOOL).toList());
		Mentions practices = new Mentions(candidates.stream().filter((node) -> node.kind() == Kind.PRACTICE).toList());
		return events.stream()
			.map((event) -> untouched.filter((slugs) -> !touches(event, slugs)).isPresent() ? event
					: new DatedEvent(event.year(), nodes.get(event.company().slug()), event.text(),
							(event.source() != null) ? nodes.get(event.source().slug()) : null, tools.in(event.text()),
							practices.in(event.text()), event.anchor()))
			.toList();
	}

	/** Whether one of the {@code replaced} entries is a tool or practice added, removed or renamed. */
	static boolean renamed(RelationIndex previous, Set<String> replaced, Map<String, Node> nodes) {
		return replaced.stream()
			.anyMatch((slug) -> !Objects.equals(names(previous.node(slug)), names(Optional.ofNullable(nodes.get(slug)))));
	}

	private static boolean touches(DatedEvent event, Set<String> slugs) {
		return slugs.contains(event.company().slug()) || (event.source() != null && slugs.contains(event.source().slug()))
				|| Stream.concat(event.tools().stream(), event.practices().stream())
					.anyMatch((node) -> slugs.contains(node.slug()));
	}

	/** What a tool or practice may be mentioned by; empty for other kinds and missing entries. */
	private static Optional<List<Object>> names(Optional<Node> node) {
		return node.filter((found) -> found.kind() == Kind.TOOL || found.kind() == Kind.PRACTICE)
			.map((found) -> List.of(found.kind(), found.title(), found.aliases()));
	}

}
