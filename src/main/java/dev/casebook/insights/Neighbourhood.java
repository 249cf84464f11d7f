package dev.casebook.insights;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.casebook.core.Kind;
import dev.casebook.relation.Node;
import dev.casebook.relation.RelationIndex;

/**
 * An entry and the entries it relates to directly (sources aside: they are its references), laid out for a small picture drawn on the
 * server: the entry in the middle, its neighbours on a ring around it, labels outside the ring.
 * Coordinates are in the picture's own units ({@value #WIDTH} by {@value #HEIGHT}).
 *
 * @param shown how many neighbours the ring holds, at most {@value #MAX_NODES}
 * @param total how many neighbours there are
 * @param kinds the kinds of entry drawn, for the legend
 */
public record Neighbourhood(Node centre, List<Placed> nodes, int shown, int total, List<Kind> kinds) {

	static final int WIDTH = 620;

	static final int HEIGHT = 400;

	static final int MAX_NODES = 14;

	private static final double RADIUS = 125;

	private static final int MAX_LABEL = 16;

	/** A neighbour, where it is drawn, and where and how its label goes. */
	public record Placed(Node node, long x, long y, long labelX, long labelY, String anchor, String label) {
	}

	/** Where the entry itself is drawn. */
	public long centreX() {
		return WIDTH / 2;
	}

	public long centreY() {
		return HEIGHT / 2;
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	static Neighbourhood of(RelationIndex index, Node centre) {
		Set<String> slugs = index.relations(centre.slug()).values().stream().flatMap(Set::stream)
			.filter((slug) -> !slug.equals(centre.slug())).collect(Collectors.toSet());
		List<Node> neighbours = index.nodes(slugs).stream()
			.filter((node) -> node.kind() != Kind.SOURCE)
			.sorted(Comparator.comparing(Node::kind).thenComparing(Node::title, String.CASE_INSENSITIVE_ORDER))
			.toList();
		List<Node> drawn = fairShare(neighbours);
		List<Placed> placed = new ArrayList<>();
		long cx = WIDTH / 2;
		long cy = HEIGHT / 2;
		for (int i = 0; i < drawn.size(); i++) {
			double angle = 2 * Math.PI * i / drawn.size() - Math.PI / 2;
			double cos = Math.cos(angle);
			double sin = Math.sin(angle);
			String anchor = (cos > 0.3) ? "start" : (cos < -0.3) ? "end" : "middle";
			placed.add(new Placed(drawn.get(i), Math.round(cx + RADIUS * cos), Math.round(cy + RADIUS * sin),
					Math.round(cx + (RADIUS + 14) * cos), Math.round(cy + (RADIUS + 14) * sin + ((sin > 0.3) ? 14 : (sin < -0.3) ? -6 : 5)),
					anchor, shorten(drawn.get(i).title())));
		}
		List<Kind> kinds = drawn.stream().map(Node::kind).distinct().sorted().toList();
		return new Neighbourhood(centre, List.copyOf(placed), drawn.size(), neighbours.size(),
				kinds.contains(centre.kind()) ? kinds : addSorted(kinds, centre.kind()));
	}

	/**
	 * At most {@value #MAX_NODES} neighbours, taken from each kind in turn so that a company with
	 * forty practices still shows its tools; in kind, then title, order.
	 */
	private static List<Node> fairShare(List<Node> neighbours) {
		Map<Kind, Deque<Node>> byKind = new TreeMap<>();
		neighbours.forEach((node) -> byKind.computeIfAbsent(node.kind(), (kind) -> new ArrayDeque<>()).add(node));
		List<Node> chosen = new ArrayList<>();
		while (chosen.size() < MAX_NODES && byKind.values().stream().anyMatch((nodes) -> !nodes.isEmpty())) {
			byKind.values().stream().filter((nodes) -> !nodes.isEmpty()).forEach((nodes) -> {
				if (chosen.size() < MAX_NODES) {
					chosen.add(nodes.poll());
				}
			});
		}
		return neighbours.stream().filter(chosen::contains).toList();
	}

	private static List<Kind> addSorted(List<Kind> kinds, Kind kind) {
		List<Kind> all = new ArrayList<>(kinds);
		all.add(kind);
		return all.stream().sorted().toList();
	}

	private static String shorten(String title) {
		return (title.length() > MAX_LABEL) ? title.substring(0, MAX_LABEL - 1).strip() + "…" : title;
	}

}
