package dev.casebook.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.TreeSet;

import dev.casebook.core.Kind;
import dev.casebook.relation.Node;
import dev.casebook.relation.Relation;
import dev.casebook.relation.RelationIndex;

/**
 * The entries closest to one entry. Two entries are close when they share tags (1 point each), share a
 * neighbour through a typed relation, such as a tool both use or a practice both adopt (1 point each),
 * or are directly related (2 points). Sources are never suggested; citations are not closeness.
 */
final class RelatedEntries {

	/** The typed relations that make entries neighbours; citations and body links do not. */
	static final Set<Relation> NEIGHBOURLY = Relation.all()
		.stream()
		.filter((relation) -> relation.type().betweenPeers())
		.collect(Collectors.toUnmodifiableSet());

	private static final int DIRECT = 2;

	private RelatedEntries() {
	}

	/**
	 * Scores every candidate first (a count per slug), then puts the reasons in words for the
	 * {@code limit} best only: a well-connected entry has thousands of candidates.
	 */
	static List<Related> of(RelationIndex index, String slug, int limit) {
		Node self = index.node(slug).orElse(null);
		if (self == null) {
			return List.of();
		}
		Map<String, Integer> scores = new HashMap<>();
		for (String tag : self.tags()) {
			index.tagged(tag).forEach((other) -> scores.merge(other, 1, Integer::sum));
		}
		Set<String> neighbours = neighbours(index, slug);
		for (String neighbour : neighbours) {
			scores.merge(neighbour, DIRECT, Integer::sum);
			neighbours(index, neighbour).forEach((other) -> scores.merge(other, 1, Integer::sum));
		}
		scores.remove(slug);
		record Candidate(Node node, int score) {
		}
		return scores.entrySet()
			.stream()
			.flatMap((scored) -> index.node(scored.getKey())
				.filter((node) -> node.kind() != Kind.SOURCE)
				.map((node) -> new Candidate(node, scored.getValue()))
				.stream())
			.sorted(Comparator.comparingInt(Candidate::score)
				.reversed()
				.thenComparing((candidate) -> candidate.node().title(), String.CASE_INSENSITIVE_ORDER))
			.limit(limit)
			.map((candidate) -> new Related(candidate.node(), candidate.score(),
					reasons(self, neighbours, candidate.node(), index)))
			.toList();
	}

	private static Set<String> neighbours(RelationIndex index, String slug) {
		Set<String> neighbours = new LinkedHashSet<>();
		index.relations(slug).forEach((relation, slugs) -> {
			if (NEIGHBOURLY.contains(relation)) {
				neighbours.addAll(slugs);
			}
		});
		return neighbours;
	}

	/**
	 * Why {@code other} is close to {@code self}: a direct relation, the tags both have, and the
	 * neighbours both have (neighbourly relations go both ways, so these are the neighbours of
	 * {@code self} that {@code other} is a neighbour of).
	 */
	private static List<String> reasons(Node self, Set<String> neighbours, Node other, RelationIndex index) {
		List<String> reasons = new ArrayList<>();
		if (neighbours.contains(other.slug())) {
			reasons.add("directly related");
		}
		Set<String> tags = new TreeSet<>(self.tags());
		tags.retainAll(other.tags());
		if (!tags.isEmpty()) {
			reasons.add("shares " + count(tags.size(), "tag") + ": " + String.join(", ", tags));
		}
		Set<String> shared = new LinkedHashSet<>(neighbours);
		shared.retainAll(neighbours(index, other.slug()));
		for (Kind kind : Kind.values()) {
			List<String> titles = index.nodes(shared)
				.stream()
				.filter((node) -> node.kind() == kind)
				.map(Node::title)
				.sorted(String.CASE_INSENSITIVE_ORDER)
				.toList();
			if (!titles.isEmpty()) {
				reasons.add("shares " + count(titles.size(), kind.label().toLowerCase()) + ": " + String.join(", ", titles));
			}
		}
		return reasons;
	}

	private static String count(int n, String noun) {
		return n + " " + noun + ((n == 1) ? "" : "s");
	}

}
