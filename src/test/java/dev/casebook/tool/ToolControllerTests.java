package dev.casebook.tool;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.casebook.cite.LinkedData;
import dev.casebook.content.EntryPageDocument;
import dev.casebook.core.RelationType;
import dev.casebook.insights.Insights;
import dev.casebook.model.Company;
import dev.casebook.model.Tool;
import dev.casebook.model.ToolRepository;
import dev.casebook.relation.RelationIndexer;
import dev.casebook.status.EntryFiles;
import dev.casebook.status.EntryPages;
import dev.casebook.web.CategoryLists;
import dev.casebook.web.Csv;
import dev.casebook.web.HtmlPages;
import dev.casebook.web.ListFixtures;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.casebook.model.TestEntries.company;
import static dev.casebook.model.TestEntries.practice;
import static dev.casebook.model.TestEntries.tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(ToolController.class)
@Import({ CategoryLists.class, Insights.class, LinkedData.class })
class ToolControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ToolRepository tools;

	@MockitoBean
	private RelationIndexer relations;

	@MockitoBean
	private EntryFiles files;

	@BeforeEach
	void sampleIndex() {
		given(this.relations.current()).willReturn(ListFixtures.sample());
		given(this.files.now()).willReturn(new EntryPages(Optional.empty(), null));
	}

	@Test
	void toolsAreGroupedByCategoryWithUncategorisedOnesLast() {
		Document page = page("/tools");
		assertThat(page.select("section.category > h2").eachText()).containsExactly("Operating systems", "Web servers",
				"Other");
		assertThat(page.select("section.category:nth-of-type(2) .card h3").eachText())
			.as("ordered ignoring case").containsExactly("Apache", "lighttpd");
		assertThat(page.select("p.showing").text()).isEqualTo("Showing 4 of 4 tools");
	}

	@Test
	void chipsFilterByCategoryTagAndCompanyAndCountWhatTheyWouldShow() {
		Document page = page("/tools?category=Web servers");
		assertThat(page.select("p.showing").text()).isEqualTo("Showing 2 of 4 tools");
		Element active = page.selectFirst("a.filter-chip[aria-current=true]");
		assertThat(active.text()).isEqualTo("Web servers 2");
		assertThat(active.attr("href")).as("clicking it again clears it").isEqualTo("/tools");
		assertThat(page.select(".filter-group h2").eachText()).as("tools are used by companies").contains("Used by")
			.doesNotContain("Adopted by");
		assertThat(page.select("a.filter-chip[data-parameter=company]").eachText()).containsExactly("Acme 2");
		assertThat(page.selectFirst("a.filter-chip[data-parameter=company]").attr("href"))
			.isEqualTo("/tools?category=Web%20servers&company=acme");
		assertThat(page("/tools?company=globex").select(".card h3").eachText()).containsExactly("Ubuntu");
		assertThat(page("/tools?tag=http&company=acme").select("p.showing").text()).isEqualTo("Showing 2 of 4 tools");
	}

	@Test
	void anUnknownFilterValueIsABadRequestSuggestingTheClosest() {
		assertThat(page("/tools?category=Web server", 400).select(".error-message").text())
			.contains("'category'").contains("did you mean 'Web servers'?");
		assertThat(page("/tools?company=acne", 400).select(".error-message").text()).contains("'company'")
			.contains("did you mean 'acme'?");
		assertThat(page("/tools?tag=htp", 400).select(".error-message").text()).contains("'tag'");
	}

	@Test
	void longListsComeInPagesAndOddPageNumbersShowTheNearestPage() {
		given(this.relations.current()).willReturn(ListFixtures.tools(250));
		Document first = page("/tools");
		assertThat(first.select(".card")).hasSize(100);
		assertThat(first.select(".pagination span").text()).isEqualTo("Page 1 of 3");
		assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/tools?page=2");
		assertThat(first.select("a[rel=prev]")).isEmpty();
		assertThat(page("/tools?page=2").select("a[rel=prev]").attr("href")).isEqualTo("/tools?page=1");
		assertThat(page("/tools?page=99").select(".pagination span").text()).isEqualTo("Page 3 of 3");
		assertThat(page("/tools?page=-4").select(".pagination span").text()).isEqualTo("Page 1 of 3");
		assertThat(page("/tools?page=two").select(".pagination span").text()).isEqualTo("Page 1 of 3");
	}

	@Test
	void downloadsHoldEveryPageOfTheFilteredList() throws Exception {
		given(this.relations.current()).willReturn(ListFixtures.tools(250));
		MvcTestResult csv = this.mvc.get().uri("/tools?format=csv").exchange();
		assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(csv.getResponse().getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"tools.csv\"");
		assertThat(Csv.parse(csv.getResponse().getContentAsString(StandardCharsets.UTF_8))).hasSize(251);
	}

	@Test
	void downloadsKeepTheFiltersAndSurviveHostileCells() throws Exception {
		Document page = page("/tools?tag=http");
		assertThat(page.select(".downloads a").eachAttr("href")).containsExactly("/tools?tag=http&format=csv",
				"/tools?tag=http&format=json");
		List<List<String>> rows = Csv.parse(this.mvc.get().uri("/tools?tag=http&format=csv").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(rows).extracting((row) -> row.get(0)).containsExactly("title", "Apache", "lighttpd");
		List<List<String>> all = Csv.parse(this.mvc.get().uri("/tools?format=csv").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(all.get(4)).as("the hostile tool, under Other")
			.containsExactly("'" + ListFixtures.HOSTILE_TITLE, "", "", ListFixtures.HOSTILE_SUMMARY, "/tools/hostile");
		assertThat(this.mvc.get().uri("/tools?format=json")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[3]")
			.isEqualTo(Map.of("title", ListFixtures.HOSTILE_TITLE, "category", "", "tags", "", "summary",
					ListFixtures.HOSTILE_SUMMARY, "url", "/tools/hostile"));
	}

	@Test
	void anUnknownFormatIsABadRequestNamingIt() {
		assertThat(page("/tools?format=xlsx", 400).select(".error-message").text()).contains("'format'");
	}

	private Document page(String uri) {
		return page(uri, 200);
	}

	private Document page(String uri, int status) {
		return HtmlPages.get(this.mvc, uri, status);
	}

	@Test
	void toolShowsCreatorUsersAndPractices() {
		Tool spinnaker = tool("spinnaker", "Spinnaker");
		Company netflix = company("netflix", "Netflix");
		netflix.setRelation(RelationType.CREATED, spinnaker, true);
		netflix.setRelation(RelationType.USES, spinnaker, true);
		spinnaker.setRelation(RelationType.SUPPORTS, practice("blue-green-deployment", "Blue-green deployment"), true);
		given(this.tools.findBySlug("spinnaker")).willReturn(Optional.of(spinnaker));
		EntryPageDocument page = EntryPageDocument.of(this.mvc.get().uri("/tools/spinnaker").exchange());
		assertThat(page.connected("Created by")).containsExactly("/companies/netflix");
		assertThat(page.connected("Used by")).as("the creator is listed once").isEmpty();
		assertThat(page.connected("Supports")).containsExactly("/practices/blue-green-deployment");
	}

	@Test
	void unknownSlugRendersNotFound() {
		given(this.tools.findBySlug("nope")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/tools/nope")).hasStatus(404).bodyText().contains("Page not found");
	}

}
