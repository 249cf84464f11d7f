package dev.casebook.relation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.casebook.content.Kind;

/** Builds a {@link RelationIndex} by hand for web-slice tests. */
public final class TestIndex {

	private final List<Node> nodes = new ArrayList<>();

	private final List<String[]> links = new ArrayList<>();

	private final List<DatedEvent> events = new ArrayList<>();

	public static Node node(Kind kind, String slug, String title, String... tags) {
		return new Node(kind, slug, title, "Summary of " + title + ".", null, new TreeSet<>(Set.of(tags)), List.of(),
				LocalDate.of(2026, 1, 1), null);
	}

	public static Node node(Kind kind, String slug, String title, String category) {
		return new Node(kind, slug, title, "Summary of " + title + ".", category, new TreeSet<>(), List.of(),
				LocalDate.of(2026, 1, 1), null);
	}

	public TestIndex add(Node... nodes) {
		this.nodes.addAll(List.of(nodes));
		return this;
	}

	public TestIndex link(String from, Relation relation, String to) {
		this.links.add(new String[] { from, relation.key(), to });
		return this;
	}

	public TestIndex event(DatedEvent event) {
		this.events.add(event);
		return this;
	}

	public RelationIndex build() {
		RelationIndex index = new RelationIndex(this.nodes, this.events);
		this.links.forEach((link) -> index.link(link[0], Relation.ofKey(link[1]).orElseThrow(), link[2]));
		return index;
	}

}
