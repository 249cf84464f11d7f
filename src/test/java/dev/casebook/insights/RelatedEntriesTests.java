package dev.casebook.insights;

import java.util.List;

import dev.casebook.relation.RelationIndex;
import dev.casebook.relation.TestIndex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelatedEntriesTests {

	private final RelationIndex index = TestIndex.sample();

	@Test
	void companiesAreCloseBySharedTagsToolsAndPracticesWithTheReasonsSpelledOut() {
		List<Related> related = RelatedEntries.of(this.index, "etsy", 10);
		Related netflix = related.stream().filter((r) -> r.entry().slug().equals("netflix")).findFirst().orElseThrow();
		assertThat(netflix.reasons()).containsExactly("shares 1 tag: cloud", "shares 1 tool: Jenkins",
				"shares 1 practice: Canary release");
		assertThat(netflix.score()).isEqualTo(3);
	}

	@Test
	void directRelationsWeighMoreAndRankFirst() {
		List<Related> related = RelatedEntries.of(this.index, "spinnaker", 3);
		assertThat(related).hasSize(3);
		assertThat(related.get(0).entry().slug()).isEqualTo("netflix");
		assertThat(related.get(0).reasons()).startsWith("directly related");
	}

	@Test
	void sourcesAndTheEntryItselfAreNeverSuggestedAndUnrelatedEntriesGetNothing() {
		assertThat(RelatedEntries.of(this.index, "netflix", 10)).extracting((r) -> r.entry().slug())
			.doesNotContain("netflix", "notes");
		assertThat(RelatedEntries.of(this.index, "acme", 10)).isEmpty();
		assertThat(RelatedEntries.of(this.index, "nope", 10)).isEmpty();
	}

}
