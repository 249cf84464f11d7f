package dev.casebook.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest(properties = "casebook.content-dir=src/test/resources/fixtures/search")
@AutoConfigureMockMvc
class SearchServiceTests {

	@Autowired
	private SearchService search;

	@Autowired
	private SearchSuggestions suggestions;

	private SearchResults search(String q, List<String> tags, List<String> kinds) {
		return this.search.search(SearchRequest.of(q, tags, kinds, null));
	}

	private List<String> titles(String q) {
		return search(q, List.of(), List.of()).hits().stream().map(Hit::title).toList();
	}

	@Test
	void titleMatchRanksAboveBodyMatch() {
		assertThat(titles("canary")).startsWith("Canary release").contains("Deploy Bot");
	}

	@Test
	void exactMatchesLeaveOutTypoMatches() {
		assertThat(titles("canary")).doesNotContain("Canery Row");
	}

	@Test
	void typoIsToleratedAndTheTitleMatchComesFirst() {
		assertThat(titles("chaso monkey")).first().isEqualTo("Chaos Monkey");
		assertThat(titles("chaso monkey")).contains("Janitor Monkey");
	}

	@Test
	void typoMatchesComeWithoutSnippetsExactOnesWithMarkedWords() {
		assertThat(search("chaso monkey", List.of(), List.of()).hits()).isNotEmpty()
			.allSatisfy((hit) -> assertThat(hit.snippet().isEmpty()).isTrue());
		assertThat(search("chaos monkey", List.of(), List.of()).hits().get(0).snippet().parts())
			.extracting(Snippet.Part::marked)
			.contains(true);
	}

	@Test
	void everyWordMustMatch() {
		assertThat(titles("monkey production")).containsExactly("Chaos Monkey");
	}

	@Test
	void wordsMatchTheirOtherForms() {
		assertThat(titles("deploying")).contains("Deploy Bot", "Acme", "Blue-green deployment");
	}

	@Test
	void phraseMatchesWordsSideBySideOnly() {
		assertThat(titles("\"blue green\"")).contains("Blue-green deployment").doesNotContain("Green builds");
		assertThat(titles("blue green")).contains("Blue-green deployment", "Green builds");
	}

	@Test
	void excludedWordLeavesOutEntriesWithIt() {
		assertThat(titles("monkey -chaos")).isEmpty();
		assertThat(titles("monkey -production")).containsExactly("Janitor Monkey", "Chaos engineering");
	}

	@Test
	void aliasMatchesLikeATitle() {
		assertThat(titles("chaosmonkey")).first().isEqualTo("Chaos Monkey");
	}

	@Test
	void relatedEntryNamesAreSearchable() {
		assertThat(titles("\"deploy bot\"")).contains("Deploy Bot", "Acme");
	}

	@Test
	void tagsAndTextCombine() {
		SearchResults results = search("deployment", List.of("release"), List.of());
		assertThat(results.hits()).extracting(Hit::title)
			.containsExactlyInAnyOrder("Canary release", "Blue-green deployment");
		assertThat(search("deployment", List.of("release", "chatops"), List.of()).total()).isZero();
	}

	@Test
	void tagAloneBrowsesByTitle() {
		SearchResults results = search("", List.of("resilience"), List.of());
		assertThat(results.hits()).extracting(Hit::title)
			.containsExactly("Chaos engineering", "Chaos Monkey", "Janitor Monkey");
	}

	@Test
	void kindAloneBrowsesAndKindsCombineWithEachOther() {
		assertThat(search("", List.of(), List.of("practice")).total()).isEqualTo(4);
		assertThat(search("", List.of(), List.of("practice", "company")).total()).isEqualTo(5);
	}

	@Test
	void facetsCountHitsPerKindAndTag() {
		SearchResults results = search("deployment", List.of(), List.of("practice"));
		assertThat(results.kinds()).extracting(FacetCount::value, FacetCount::count, FacetCount::selected)
			.containsExactly(tuple("company", 1L, false),
					tuple("tool", 1L, false),
					tuple("practice", 2L, true), tuple("source", 1L, false));
		assertThat(results.tags()).extracting(FacetCount::value, FacetCount::count)
			.contains(tuple("deployment", 2L),
					tuple("release", 2L));
		assertThat(results.tags()).filteredOn((facet) -> facet.value().equals("release"))
			.singleElement()
			.extracting(FacetCount::href)
			.isEqualTo("/search?q=deployment&tag=release&kind=practice");
	}

	@Test
	void facetsCountHitsPerKindWithNoKindChosen() {
		SearchResults results = search("deployment", List.of(), List.of());
		assertThat(results.kinds()).extracting(FacetCount::value, FacetCount::count, FacetCount::selected)
			.containsExactly(tuple("company", 1L, false),
					tuple("tool", 1L, false),
					tuple("practice", 2L, false), tuple("source", 1L, false));
		assertThat(results.total()).isEqualTo(5);
	}

	@Test
	void snippetMarksTheMatchedWords() {
		Hit hit = search("rolled back", List.of(), List.of()).hits().get(0);
		assertThat(hit.title()).isEqualTo("Canary release");
		assertThat(String.join(" ", hit.snippet().parts().stream().filter(Snippet.Part::marked).map(Snippet.Part::text).toList()))
			.isEqualTo("rolled back");
	}

	@Test
	void noHitsSuggestTheClosestTermsAndTags() {
		SearchResults tag = search("", List.of("resilence"), List.of());
		assertThat(tag.total()).isZero();
		assertThat(tag.suggestions().tags()).containsExactly("resilience");
		SearchResults typo = search("zzzq janitro relase", List.of(), List.of());
		assertThat(typo.total()).isZero();
		assertThat(typo.suggestions().text()).isEqualTo("janitor release");
		assertThat(typo.suggestions().href()).isEqualTo("/search?q=janitor+release");
	}

	@Test
	void pageBeyondTheLastShowsTheLast() {
		SearchResults results = this.search.search(SearchRequest.of("", List.of(), List.of(), "7"));
		assertThat(results.pages()).isEqualTo(2);
		assertThat(results.page()).isEqualTo(2);
		assertThat(results.hits()).extracting(Hit::title).containsExactly("Operations handbook");
	}

	@Test
	void suggestionsCompleteTheWordsTyped() {
		assertThat(this.suggestions.suggest("cha")).extracting(Suggestion::title)
			.containsExactlyInAnyOrder("Chaos engineering", "Chaos Monkey");
		assertThat(this.suggestions.suggest("chaos mon")).extracting(Suggestion::path).containsExactly("/tools/chaos-monkey");
		assertThat(this.suggestions.suggest("janitr")).extracting(Suggestion::title).containsExactly("Janitor Monkey");
		assertThat(this.suggestions.suggest("\"(*")).isEmpty();
	}


	@Test
	void tagsNarrowByAllAnyOrNone() {
		SearchResults any = this.search.search(SearchRequest.of("", List.of(), List.of("chatops", "cleanup"), List.of(),
				List.of(), null));
		assertThat(any.hits()).extracting(Hit::title).containsExactly("Deploy Bot", "Janitor Monkey");
		SearchResults none = this.search.search(SearchRequest.of("monkey", List.of(), List.of(), List.of("cleanup"),
				List.of(), null));
		assertThat(none.hits()).extracting(Hit::title).contains("Chaos Monkey").doesNotContain("Janitor Monkey");
		assertThat(none.tags()).filteredOn((facet) -> facet.value().equals("resilience")).singleElement()
			.satisfies((facet) -> assertThat(facet.notHref()).isEqualTo("/search?q=monkey&-tag=cleanup&-tag=resilience"));
	}

	@Test
	void suggestionsAlsoFindEntriesWhoseTagsSummaryOrTextHoldTheWords() {
		assertThat(this.suggestions.suggest("unused")).extracting(Suggestion::title).contains("Janitor Monkey");
		assertThat(this.suggestions.suggest("chat bot")).extracting(Suggestion::title).containsExactly("Deploy Bot");
	}

}
