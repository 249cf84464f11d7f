package dev.casebook.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.casebook.core.Kind;
import dev.casebook.core.Suggestions;
import dev.casebook.relation.Node;
import dev.casebook.relation.RelationIndex;

/**
 * What an unknown entry address was probably after: the entry whose slug it is in another case
 * ({@code /companies/Netflix}), or the entries of that kind whose slug or title is closest.
 */
final class NearbyEntries {

	static final int MAX_SUGGESTED = 5;

	private NearbyEntries() {
	}

	/** The entry at {@code slug} written in another case or with spaces, if there is one. */
	static Optional<Node> sameIgnoringCase(RelationIndex index, Kind kind, String slug) {
		String wanted = slug.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
		return index.node(wanted).filter((node) -> node.kind() == kind && !node.slug().equals(slug));
	}

	/** Entries of {@code kind} whose slug or title is close to {@code slug}, the closest first. */
	static List<Node> closest(RelationIndex index, Kind kind, String slug) {
		String wanted = slug.toLowerCase(Locale.ROOT);
		int limit = Math.max(2, wanted.length() / 3);
		return index.nodes(kind)
			.stream()
			.filter((node) -> distance(wanted, node) <= limit || (wanted.length() > 3
					&& (node.slug().contains(wanted) || wanted.contains(node.slug()))))
			.sorted(Comparator.comparingInt((Node node) -> distance(wanted, node)).thenComparing(Node::slug))
			.limit(MAX_SUGGESTED)
			.toList();
	}

	private static int distance(String wanted, Node node) {
		int limit = wanted.length();
		return Math.min(Suggestions.distance(wanted, node.slug(), limit),
				Suggestions.distance(wanted, node.title().toLowerCase(Locale.ROOT), limit));
	}

}
