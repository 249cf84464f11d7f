package dev.casebook.practice;

import java.util.List;
import java.util.Optional;

import dev.casebook.cite.LinkedData;
import dev.casebook.content.EntryPageDocument;
import dev.casebook.core.RelationType;
import dev.casebook.insights.Insights;
import dev.casebook.model.Practice;
import dev.casebook.model.PracticeRepository;
import dev.casebook.relation.RelationIndexer;
import dev.casebook.status.EntryFiles;
import dev.casebook.status.EntryPages;
import dev.casebook.web.CategoryLists;
import dev.casebook.web.HtmlPages;
import dev.casebook.web.ListFixtures;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.casebook.model.TestEntries.company;
import static dev.casebook.model.TestEntries.practice;
import static dev.casebook.model.TestEntries.tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(PracticeController.class)
@Import({ CategoryLists.class, Insights.class, LinkedData.class })
class PracticeControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private PracticeRepository practices;

	@MockitoBean
	private RelationIndexer relations;

	@MockitoBean
	private EntryFiles files;

	@BeforeEach
	void indexTheSample() {
		given(this.relations.current()).willReturn(ListFixtures.sample());
		given(this.files.now()).willReturn(new EntryPages(Optional.empty(), null));
	}

	@Test
	void practicesAreGroupedByCategoryAndFilteredByAdopter() {
		Document page = page("/practices");
		assertThat(page.select("section.category > h2").eachText()).containsExactly("Release", "Other");
		assertThat(page.select("section.category:first-of-type .card h3").eachText()).containsExactly("Canary release",
				"Feature flags");
		assertThat(page.select("a.filter-chip[data-parameter=company]").eachText()).containsExactly("Acme 1");
		assertThat(page.select(".filter-group h2").eachText()).contains("Adopted by");
		Document adopted = page("/practices?company=acme&tag=rollout");
		assertThat(adopted.select(".card h3").eachText()).containsExactly("Canary release");
		assertThat(adopted.select("p.showing").text()).isEqualTo("Showing 1 of 3 practices");
		assertThat(adopted.select("a.filter-chip[aria-current=true]").eachAttr("href"))
			.containsExactlyInAnyOrder("/practices?company=acme", "/practices?tag=rollout");
	}

	@Test
	void practicesDownloadAsJsonWithTheirFilters() {
		assertThat(this.mvc.get().uri("/practices?category=Release&format=json")).hasStatusOk()
			.hasHeader("Content-Disposition", "attachment; filename=\"practices.json\"")
			.bodyJson()
			.extractingPath("$[*].title")
			.isEqualTo(List.of("Canary release", "Feature flags"));
	}

	@Test
	void anUnknownCategoryIsABadRequestSuggestingTheClosest() {
		assertThat(page("/practices?category=relase", 400).select(".error-message").text()).contains("'category'")
			.contains("did you mean 'Release'?");
	}

	private Document page(String uri) {
		return page(uri, 200);
	}

	private Document page(String uri, int status) {
		return HtmlPages.get(this.mvc, uri, status);
	}

	@Test
	void practiceShowsAdoptersToolsAndRelatedPractices() {
		Practice canary = practice("canary-release", "Canary release");
		company("facebook", "Facebook").setRelation(RelationType.ADOPTS, canary, true);
		tool("spinnaker", "Spinnaker").setRelation(RelationType.SUPPORTS, canary, true);
		canary.setRelation(RelationType.RELATED, practice("staged-rollout", "Staged rollout"), true);
		given(this.practices.findBySlug("canary-release")).willReturn(Optional.of(canary));
		EntryPageDocument page = EntryPageDocument.of(this.mvc.get().uri("/practices/canary-release").exchange());
		assertThat(page.relations()).containsExactly("Adopted by", "Supported by", "Related");
		assertThat(page.connected("Adopted by")).containsExactly("/companies/facebook");
		assertThat(page.connected("Supported by")).containsExactly("/tools/spinnaker");
		assertThat(page.connected("Related")).containsExactly("/practices/staged-rollout");
	}

	@Test
	void unknownSlugRendersNotFound() {
		given(this.practices.findBySlug("nope")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/practices/nope")).hasStatus(404).bodyText().contains("Page not found");
	}

}
