package dev.casebook.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.casebook.core.Kind;
import dev.casebook.graph.GraphView.GraphEdge;
import dev.casebook.graph.GraphView.GraphNode;
import dev.casebook.relation.Relation;

/**
 * The drawn graph as a list under the canvas, for readers who cannot drag, cannot see the drawing or
 * run no script. It is built from the same {@link GraphView} that {@code /api/graph} sends, so the list
 * and the drawing always hold the same nodes and edges. Entries keep the graph's order (the focus
 * first, then by distance; in the overview the best-connected first).
 */
record GraphListing(List<Entry> entries) {

	private static final String TAG = "tag";

	private static final String TAGGED = "tagged";

	/** A node, with every edge that touches it read from its side. */
	record Entry(String title, String kind, String href, List<Connection> connections) {

	}

	/** One edge: {@code verb} as it reads from the entry listing it, then the entry at the other end. */
	record Connection(String verb, String title, String href) {

	}

	static GraphListing of(GraphView graph) {
		Map<String, GraphNode> nodes = graph.nodes().stream()
			.collect(Collectors.toMap(GraphNode::id, Function.identity()));
		Map<String, List<Connection>> connections = new HashMap<>();
		for (GraphEdge edge : graph.edges()) {
			GraphNode source = nodes.get(edge.source());
			GraphNode target = nodes.get(edge.target());
			// Both ends list the edge, so a reader looking at a tool also finds who uses it.
			connect(connections, source, edge.relation(), target);
			connect(connections, target, inverse(edge.relation()), source);
		}
		return new GraphListing(graph.nodes().stream()
			.map((node) -> new Entry(node.label(), kindLabel(node.kind()), node.href(),
					connections.getOrDefault(node.id(), List.of())))
			.toList());
	}

	private static void connect(Map<String, List<Connection>> connections, GraphNode from, String relation,
			GraphNode to) {
		connections.computeIfAbsent(from.id(), (id) -> new ArrayList<>())
			.add(new Connection(relation.replace('-', ' '), to.label(), to.href()));
	}

	/** Tag edges are not entry relations, so their reverse reading is named here. */
	private static String inverse(String relation) {
		return TAGGED.equals(relation) ? "tag of" : Relation.ofKey(relation).orElseThrow().inverse().key();
	}

	/** Tags are nodes only in the graph, so they have no {@link Kind}. */
	private static String kindLabel(String kind) {
		return TAG.equals(kind) ? "Tag" : Kind.ofKey(kind).orElseThrow().label();
	}

}
