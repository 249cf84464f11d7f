package dev.casebook.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.casebook.core.Kind;
import dev.casebook.core.RelationType;
import dev.casebook.relation.Node;
import dev.casebook.relation.Relation;
import dev.casebook.relation.RelationIndex;
import dev.casebook.relation.RelationIndexer;
import dev.casebook.relation.TestIndex;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Indexes for the list pages' tests. {@link #sample()}: tools Ubuntu (Operating systems), lighttpd and
 * Apache (Web servers, tagged http), a tool without category whose title and summary a spreadsheet or
 * CSV reader could trip on; Acme uses lighttpd and Apache, Globex uses Ubuntu. Practices: Canary release
 * (Release, tagged rollout), Feature flags (Release), Blameless reviews (no category); Acme adopts Canary
 * release.
 */
public final class ListFixtures {

	public static final String HOSTILE_TITLE = "=cmd|' /C calc'!A0";

	public static final String HOSTILE_SUMMARY = "Says \"hi\", then\nbreaks a line.";

	private ListFixtures() {
	}

	public static RelationIndex sample() {
		return new TestIndex()
			.add(node(Kind.TOOL, "ubuntu", "Ubuntu", "Operating systems"),
					node(Kind.TOOL, "lighttpd", "lighttpd", "Web servers", "http"),
					node(Kind.TOOL, "apache", "Apache", "Web servers", "http"),
					new Node(Kind.TOOL, "hostile", HOSTILE_TITLE, HOSTILE_SUMMARY, null, new TreeSet<>(), List.of(),
							LocalDate.of(2026, 1, 1), null),
					node(Kind.PRACTICE, "canary-release", "Canary release", "Release", "rollout"),
					node(Kind.PRACTICE, "feature-flags", "Feature flags", "Release"),
					node(Kind.PRACTICE, "blameless-reviews", "Blameless reviews", null),
					node(Kind.COMPANY, "acme", "Acme", null), node(Kind.COMPANY, "globex", "Globex", null))
			.link("acme", Relation.of(RelationType.USES), "lighttpd")
			.link("acme", Relation.of(RelationType.USES), "apache")
			.link("globex", Relation.of(RelationType.USES), "ubuntu")
			.link("acme", Relation.of(RelationType.ADOPTS), "canary-release")
			.build();
	}

	/** {@code count} tools, "Tool 001" to "Tool 250" for 250, without category. */
	public static RelationIndex tools(int count) {
		TestIndex index = new TestIndex();
		for (int i = 1; i <= count; i++) {
			index.add(node(Kind.TOOL, "tool-%03d".formatted(i), "Tool %03d".formatted(i), null));
		}
		return index.build();
	}

	/** {@link RelationIndexer} answering {@code index}. */
	public static RelationIndexer relations(RelationIndex index) {
		RelationIndexer relations = mock(RelationIndexer.class);
		given(relations.current()).willReturn(index);
		return relations;
	}

	private static Node node(Kind kind, String slug, String title, String category, String... tags) {
		return new Node(kind, slug, title, "Summary of " + title + ".", category, new TreeSet<>(Set.of(tags)),
				List.of(), LocalDate.of(2026, 1, 1), null);
	}

}
