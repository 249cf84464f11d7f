package dev.casebook.graph;

import dev.casebook.core.Kind;
import dev.casebook.core.RelationType;
import dev.casebook.relation.Relation;
import dev.casebook.relation.RelationIndex;
import dev.casebook.relation.TestIndex;
import org.junit.jupiter.api.Test;

import static dev.casebook.relation.TestIndex.node;
import static org.assertj.core.api.Assertions.assertThat;

class NeighbourhoodsTests {

	/** 100 companies each using 60 of 9,900 tools: 10,000 entries, 6,000 relations. */
	private static RelationIndex large() {
		TestIndex index = new TestIndex();
		for (int t = 0; t < 9_900; t++) {
			index.add(node(Kind.TOOL, "tool-" + t, "Tool " + t));
		}
		for (int c = 0; c < 100; c++) {
			index.add(node(Kind.COMPANY, "company-" + c, "Company " + c));
			for (int u = 0; u < 60; u++) {
				index.link("company-" + c, Relation.of(RelationType.USES), "tool-" + ((c * 37 + u * 101) % 9_900));
			}
		}
		return index.build();
	}

	@Test
	void aLargeGraphIsNeverSentWholeButCappedAroundTheFocus() {
		RelationIndex index = large();
		GraphView overview = Neighbourhoods.overview(index, 300, false);
		assertThat(overview.total()).isEqualTo(10_000);
		assertThat(overview.nodes()).hasSize(300);
		assertThat(overview.truncated()).isTrue();
		GraphView around = Neighbourhoods.around(index, "company-0", 2, 300, false);
		assertThat(around.nodes()).hasSizeLessThanOrEqualTo(300);
		assertThat(around.nodes().get(0).id()).isEqualTo("company-0");
		assertThat(around.edges()).allSatisfy((edge) -> assertThat(around.nodes()).extracting(GraphView.GraphNode::id)
			.contains(edge.source(), edge.target()));
		GraphView near = Neighbourhoods.around(index, "company-0", 1, 300, false);
		assertThat(near.nodes()).hasSize(61);
		assertThat(near.truncated()).isFalse();
	}

	@Test
	void everyRelationIsDrawnOnceInItsForwardDirectionAndARelatedPairOnce() {
		RelationIndex index = new TestIndex()
			.add(node(Kind.COMPANY, "acme", "Acme"), node(Kind.TOOL, "chef", "Chef"),
					node(Kind.PRACTICE, "canary", "Canary"), node(Kind.PRACTICE, "chaos", "Chaos"))
			.link("acme", Relation.of(RelationType.USES), "chef")
			.link("chef", Relation.of(RelationType.SUPPORTS), "canary")
			.link("canary", Relation.of(RelationType.RELATED), "chaos")
			.link("acme", Relation.of(RelationType.CITES), "canary")
			.build();
		GraphView around = Neighbourhoods.around(index, "canary", 2, 10, false);
		assertThat(around.edges()).extracting((edge) -> edge.source() + " " + edge.relation() + " " + edge.target())
			.containsExactlyInAnyOrder("acme uses chef", "chef supports canary", "canary related chaos");
	}

}
