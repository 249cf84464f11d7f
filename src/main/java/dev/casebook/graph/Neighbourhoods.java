package dev.casebook.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.casebook.core.Kind;
import dev.casebook.core.RelationType;
import dev.casebook.graph.GraphView.GraphEdge;
import dev.casebook.graph.GraphView.GraphNode;
import dev.casebook.relation.Node;
import dev.casebook.relation.Relation;
import dev.casebook.relation.RelationIndex;

/**
 * Cuts a graph of companies, tools and practices (and optionally tags) small enough to draw: breadth
 * first from a focus entry up to a depth, or, without a focus, the best-connected entries; never more
 * than a cap of nodes. Edges are drawn once, in their forward direction: every relation between peers
 * ({@link RelationType#betweenPeers()}) and tags.
 */
final class Neighbourhoods {

	/** Relations between peers, each in its forward direction. */
	static final List<Relation> DRAWN = Relation.all()
		.stream()
		.filter((relation) -> relation.type().betweenPeers() && !relation.reversed())
		.toList();

	private static final Set<Kind> KINDS = EnumSet.of(Kind.COMPANY, Kind.TOOL, Kind.PRACTICE);

	private static final String TAG = "tag:";

	private Neighbourhoods() {
	}

	static GraphView around(RelationIndex index, String focus, int depth, int cap, boolean tags) {
		Set<String> chosen = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of(focus));
		chosen.add(focus);
		for (int level = 0; level < depth && !queue.isEmpty(); level++) {
			Deque<String> next = new ArrayDeque<>();
			for (String id : queue) {
				for (String neighbour : neighbours(index, id, tags)) {
					if (chosen.size() >= cap) {
						return view(index, chosen, tags, true);
					}
					if (chosen.add(neighbour)) {
						next.add(neighbour);
					}
				}
			}
			queue = next;
		}
		return view(index, chosen, tags, false);
	}

	static GraphView overview(RelationIndex index, int cap, boolean tags) {
		List<String> all = new ArrayList<>();
		index.nodes().stream().filter((node) -> KINDS.contains(node.kind())).forEach((node) -> all.add(node.slug()));
		if (tags) {
			index.nodes().stream().flatMap((node) -> node.tags().stream()).distinct().forEach((tag) -> all.add(TAG + tag));
		}
		Map<String, Integer> degree = new HashMap<>();
		all.forEach((id) -> degree.put(id, neighbours(index, id, tags).size()));
		all.sort(Comparator.comparingInt((String id) -> -degree.get(id)).thenComparing(Comparator.naturalOrder()));
		boolean truncated = all.size() > cap;
		return view(index, new LinkedHashSet<>(all.subList(0, Math.min(cap, all.size()))), tags, truncated);
	}

	private static Set<String> neighbours(RelationIndex index, String id, boolean tags) {
		Set<String> neighbours = new LinkedHashSet<>();
		if (id.startsWith(TAG)) {
			index.tagged(id.substring(TAG.length())).stream()
				.filter((slug) -> index.node(slug).map((node) -> KINDS.contains(node.kind())).orElse(false))
				.forEach(neighbours::add);
			return neighbours;
		}
		index.relations(id).forEach((relation, slugs) -> {
			if (DRAWN.contains(relation) || DRAWN.contains(relation.inverse())) {
				neighbours.addAll(slugs);
			}
		});
		if (tags) {
			index.node(id).ifPresent((node) -> node.tags().forEach((tag) -> neighbours.add(TAG + tag)));
		}
		return neighbours;
	}

	private static GraphView view(RelationIndex index, Set<String> chosen, boolean tags, boolean truncated) {
		List<GraphNode> nodes = new ArrayList<>();
		List<GraphEdge> edges = new ArrayList<>();
		for (String id : chosen) {
			if (id.startsWith(TAG)) {
				String tag = id.substring(TAG.length());
				nodes.add(new GraphNode(id, tag, "tag", "/tags/" + tag));
				continue;
			}
			Node node = index.node(id).orElseThrow();
			nodes.add(new GraphNode(id, node.title(), node.kind().key(), node.path()));
			for (Relation relation : DRAWN) {
				for (String target : index.related(id, relation)) {
					boolean once = !relation.type().symmetric() || id.compareTo(target) < 0;
					if (once && chosen.contains(target)) {
						edges.add(new GraphEdge(id, target, relation.key()));
					}
				}
			}
			if (tags) {
				node.tags().stream().filter((tag) -> chosen.contains(TAG + tag))
					.forEach((tag) -> edges.add(new GraphEdge(id, TAG + tag, "tagged")));
			}
		}
		int total = (int) index.nodes().stream().filter((node) -> KINDS.contains(node.kind())).count();
		return new GraphView(nodes, edges, total, truncated);
	}

}
