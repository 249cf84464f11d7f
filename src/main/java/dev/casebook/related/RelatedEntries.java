package dev.casebook.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.casebook.content.Kind;
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
	static final Set<Relation> NEIGHBOURLY = EnumSet.of(Relation.USES, Relation.USED_BY, Relation.ADOPTS,
			Relation.ADOPTED_BY, Relation.SUPPORTS, Relation.SUPPORTED_BY, Relation.CREATED, Relation.CREATED_BY,
			Relation.RELATED);

	private static final int DIRECT = 2;

	private RelatedEntries() {
	}

	static List<Related> of(RelationIndex index, String slug, int limit) {
		Node self = index.node(slug).orElse(null);
		if (self == null) {
			return List.of();
		}
		Map<String, Reasons> candidates = new HashMap<>();
		for (String tag : self.tags()) {
			index.tagged(tag).forEach((other) -> candidates.computeIfAbsent(other, Reasons::new).tags.add(tag));
		}
		Set<String> neighbours = neighbours(index, slug);
		for (String neighbour : neighbours) {
			candidates.computeIfAbsent(neighbour, Reasons::new).direct = true;
			for (String other : neighbours(index, neighbour)) {
				candidates.computeIfAbsent(other, Reasons::new).shared.add(neighbour);
			}
		}
		candidates.remove(slug);
		List<Related> related = new ArrayList<>();
		for (Reasons reasons : candidates.values()) {
			index.node(reasons.slug)
				.filter((node) -> node.kind() != Kind.SOURCE)
				.ifPresent((node) -> related.add(reasons.describe(node, index)));
		}
		related.sort(Comparator.comparingInt(Related::score).reversed()
			.thenComparing((Related r) -> r.entry().title(), String.CASE_INSENSITIVE_ORDER));
		return related.subList(0, Math.min(limit, related.size()));
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

	private static final class Reasons {

		private final String slug;

		private final Set<String> tags = new TreeSet<>();

		private final Set<String> shared = new LinkedHashSet<>();

		private boolean direct;

		Reasons(String slug) {
			this.slug = slug;
		}

		Related describe(Node node, RelationIndex index) {
			List<String> reasons = new ArrayList<>();
			if (this.direct) {
				reasons.add("directly related");
			}
			if (!this.tags.isEmpty()) {
				reasons.add("shares " + count(this.tags.size(), "tag") + ": " + String.join(", ", this.tags));
			}
			for (Kind kind : Kind.values()) {
				List<String> titles = index.nodes(this.shared)
					.stream()
					.filter((shared) -> shared.kind() == kind)
					.map(Node::title)
					.sorted(String.CASE_INSENSITIVE_ORDER)
					.toList();
				if (!titles.isEmpty()) {
					reasons.add("shares " + count(titles.size(), kind.label().toLowerCase()) + ": " + String.join(", ", titles));
				}
			}
			int score = this.tags.size() + this.shared.size() + (this.direct ? DIRECT : 0);
			return new Related(node, score, reasons);
		}

		private static String count(int n, String noun) {
			return n + " " + noun + ((n == 1) ? "" : "s");
		}

	}

}
