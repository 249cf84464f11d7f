package dev.casebook.insights;

import java.util.stream.IntStream;

import dev.casebook.core.Kind;
import dev.casebook.core.RelationType;
import dev.casebook.relation.Node;
import dev.casebook.relation.Relation;
import dev.casebook.relation.RelationIndex;
import dev.casebook.relation.TestIndex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NeighbourhoodTests {

	@Test
	void theEntryIsDrawnWithItsDirectNeighboursButNotItsSources() {
		RelationIndex index = TestIndex.sample();
		Neighbourhood netflix = Neighbourhood.of(index, index.node("netflix").orElseThrow());
		assertThat(netflix.nodes()).extracting((placed) -> placed.node().slug())
			.containsExactlyInAnyOrder("spinnaker", "jenkins", "chaos-engineering", "canary-release");
		assertThat(netflix.shown()).isEqualTo(netflix.total()).isEqualTo(4);
		assertThat(netflix.kinds()).containsExactly(Kind.COMPANY, Kind.TOOL, Kind.PRACTICE);
	}

	@Test
	void neighboursSitOnARingAroundTheEntryWithTheirLabelsOutside() {
		RelationIndex index = TestIndex.sample();
		Neighbourhood netflix = Neighbourhood.of(index, index.node("netflix").orElseThrow());
		assertThat(netflix.nodes()).allSatisfy((placed) -> {
			double ring = Math.hypot(placed.x() - netflix.centreX(), placed.y() - netflix.centreY());
			double label = Math.hypot(placed.labelX() - netflix.centreX(), placed.labelY() - netflix.centreY());
			assertThat(ring).isBetween(124.0, 126.0);
			assertThat(label).isGreaterThan(ring);
		});
		assertThat(netflix.nodes()).extracting(Neighbourhood.Placed::anchor).contains("start", "end");
	}

	@Test
	void aCrowdedNeighbourhoodShowsAtMostFourteenAndSaysHowManyThereAre() {
		TestIndex crowd = new TestIndex().add(TestIndex.node(Kind.PRACTICE, "hub", "Hub"));
		IntStream.rangeClosed(1, 20).forEach((i) -> crowd.add(TestIndex.node(Kind.TOOL, "tool-" + i,
				"A tool with a rather long name number " + i)).link("tool-" + i, Relation.of(RelationType.SUPPORTS), "hub"));
		RelationIndex index = crowd.build();
		Node hub = index.node("hub").orElseThrow();
		Neighbourhood neighbourhood = Neighbourhood.of(index, hub);
		assertThat(neighbourhood.shown()).isEqualTo(14);
		assertThat(neighbourhood.total()).isEqualTo(20);
		assertThat(neighbourhood.nodes()).extracting(Neighbourhood.Placed::label)
			.allSatisfy((label) -> assertThat(label).hasSizeLessThanOrEqualTo(16).endsWith("…"));
		assertThat(neighbourhood.kinds()).containsExactly(Kind.TOOL, Kind.PRACTICE);
	}

	@Test
	void aCrowdedNeighbourhoodDrawsEveryKindOfNeighbourInTurn() {
		TestIndex crowd = new TestIndex().add(TestIndex.node(Kind.COMPANY, "hub", "Hub"),
				TestIndex.node(Kind.TOOL, "only-tool", "Zed"));
		crowd.link("hub", Relation.of(RelationType.USES), "only-tool");
		IntStream.rangeClosed(1, 20).forEach((i) -> crowd.add(TestIndex.node(Kind.PRACTICE, "practice-" + i, "Practice " + i))
			.link("hub", Relation.of(RelationType.ADOPTS), "practice-" + i));
		RelationIndex index = crowd.build();
		Neighbourhood neighbourhood = Neighbourhood.of(index, index.node("hub").orElseThrow());
		assertThat(neighbourhood.nodes()).extracting((placed) -> placed.node().slug()).contains("only-tool").hasSize(14);
	}

}
