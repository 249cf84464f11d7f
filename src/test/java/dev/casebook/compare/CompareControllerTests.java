package dev.casebook.compare;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import dev.casebook.core.Kind;
import dev.casebook.core.PartialDate;
import dev.casebook.core.RelationType;
import dev.casebook.dora.DoraTables;
import dev.casebook.model.Company;
import dev.casebook.model.CompanyRepository;
import dev.casebook.model.Metric;
import dev.casebook.model.Source;
import dev.casebook.relation.Relation;
import dev.casebook.relation.RelationIndexer;
import dev.casebook.relation.TestIndex;
import dev.casebook.web.Csv;
import dev.casebook.web.HtmlPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.casebook.model.TestEntries.company;
import static dev.casebook.model.TestEntries.source;
import static dev.casebook.relation.TestIndex.categorised;
import static dev.casebook.relation.TestIndex.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(CompareController.class)
@Import({ CompareService.class, DoraTables.class })
class CompareControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CompanyRepository companies;

	@MockitoBean
	private RelationIndexer relations;

	@BeforeEach
	void content() {
		given(this.relations.current()).willReturn(new TestIndex()
			.add(node(Kind.COMPANY, "etsy", "Etsy"), node(Kind.COMPANY, "acme", "Acme"), node(Kind.COMPANY, "netflix", "Netflix"),
					node(Kind.TOOL, "chef", "Chef"), node(Kind.TOOL, "jenkins", "Jenkins"),
					categorised(Kind.PRACTICE, "two-pizza-teams", "Two-pizza teams", "Organisation"),
					categorised(Kind.PRACTICE, "canary", "Canary release", "Release"), node(Kind.SOURCE, "notes", "Study notes"))
			.link("etsy", Relation.of(RelationType.USES), "chef")
			.link("acme", Relation.of(RelationType.USES), "chef")
			.link("netflix", Relation.of(RelationType.USES), "jenkins")
			.link("etsy", Relation.of(RelationType.ADOPTS), "two-pizza-teams")
			.link("acme", Relation.of(RelationType.ADOPTS), "canary")
			.build());
		Source notes = source("notes", "Study notes");
		Company etsy = company("etsy", "Etsy");
		etsy.getMetrics().add(new Metric("Production deploys", "50", "deploys/day (about)", PartialDate.parse("2021"), notes));
		etsy.getMetrics().add(new Metric("Users", "over 54 million", "users", PartialDate.parse("2021"), notes));
		Company acme = company("acme", "Acme");
		acme.getMetrics().add(new Metric("Deploys", "1", "deploys/week", PartialDate.parse("2015"), notes));
		acme.getMetrics().add(new Metric("Deploys", "2", "deploys/year", PartialDate.parse("2019"), notes));
		given(this.companies.findBySlug("etsy")).willReturn(Optional.of(etsy));
		given(this.companies.findBySlug("acme")).willReturn(Optional.of(acme));
		given(this.companies.findBySlug("netflix")).willReturn(Optional.of(company("netflix", "Netflix")));
	}

	@Test
	void everyCompanyIsComparedByDefaultUnderTheLatestTable() {
		Document page = HtmlPages.get(this.mvc, "/compare", 200);
		Element head = page.selectFirst("table.comparison thead");
		assertThat(HtmlPages.links(head, "/companies/etsy").eachText()).containsExactly("Etsy");
		assertThat(HtmlPages.links(head, "/companies/netflix").eachText()).containsExactly("Netflix");
		assertThat(page.text()).contains("Accelerate State of DevOps Report 2024")
			.contains("not strictly comparable")
			.contains("No published figure");
		assertThat(page.select("strong.per-day").eachText()).contains("50 deploys per day");
		assertThat(HtmlPages.links(page, "/sources/notes")).isNotEmpty();
		assertThat(page.select("strong.tier").eachText()).contains("elite");
		assertThat(page.select("ul.figures > li").eachText()).anySatisfy((figure) -> assertThat(figure).startsWith("Users: over 54 million"));
		assertThat(HtmlPages.links(page, "/practices/two-pizza-teams").eachText()).isNotEmpty().containsOnly("Two-pizza teams");
	}

	@Test
	void theChosenComparisonDownloadsAsCsvOrJsonWithOneRowPerCompany() throws Exception {
		String csv = this.mvc.get().uri("/compare?c=etsy&c=acme&dora=2019&format=csv").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<List<String>> rows = Csv.parse(csv);
		assertThat(rows.get(0)).startsWith("company", "industry", "deploys", "deploys unit", "deploys dated")
			.contains("tier (DORA 2019)", "tools", "practices");
		assertThat(rows).extracting((row) -> row.get(0)).containsExactly("company", "Etsy", "Acme");
		assertThat(rows.get(1)).contains("50", "deploys/day (about)", "Study notes", "Chef", "Two-pizza teams");
		assertThat(this.mvc.get().uri("/compare?c=acme&format=json")).hasStatusOk()
			.bodyJson().extractingPath("$[0].deploys").isEqualTo("2");
		assertThat(this.mvc.get().uri("/compare?format=pdf")).hasStatus(400);
	}

	@Test
	void theComparePageLinksItsOwnDownloads() throws Exception {
		Document page = Jsoup.parse(this.mvc.get().uri("/compare?c=etsy&c=acme").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select(".downloads a").eachAttr("href"))
			.containsExactly("/compare?c=etsy&c=acme&dora=2024&format=csv", "/compare?c=etsy&c=acme&dora=2024&format=json");
	}

	@Test
	void theMostRecentDeployFigureIsTieredUnderTheChosenTable() {
		Document page = HtmlPages.get(this.mvc, "/compare?c=acme&dora=2019", 200);
		assertThat(page.text()).contains("Accelerate State of DevOps Report 2019");
		assertThat(page.select("table.comparison td").eachText()).anySatisfy((cell) -> assertThat(cell).contains("2 deploys/year"));
		assertThat(page.select("strong.tier").eachText()).containsExactly("low");
		assertThat(page.select("table.comparison thead a").eachAttr("href")).containsExactly("/companies/acme");
	}

	@Test
	void toolsSharedByComparedCompaniesAreHighlighted() {
		Document page = HtmlPages.get(this.mvc, "/compare?c=etsy&c=acme", 200);
		assertThat(page.select("mark > a[href=/tools/chef]").eachText()).isNotEmpty().containsOnly("Chef");
		assertThat(page.select("mark > a").eachAttr("href")).doesNotContain("/practices/canary");
		assertThat(HtmlPages.links(page, "/practices/canary").eachText()).containsExactly("Canary release");
	}

	@Test
	void unknownCompanyIsABadRequestNamingTheParameter() {
		assertThat(HtmlPages.badRequestMessage(this.mvc, "/compare?c=etsy&c=nope")).contains("Parameter 'c': no company 'nope'");
		assertThat(HtmlPages.badRequestMessage(this.mvc, "/compare?c=esty"))
			.contains("no company 'esty'; did you mean 'etsy'?");
	}

	@Test
	void unknownDoraYearIsABadRequestNamingTheParameter() {
		assertThat(HtmlPages.badRequestMessage(this.mvc, "/compare?dora=2020")).contains("Parameter 'dora'");
		assertThat(HtmlPages.badRequestMessage(this.mvc, "/compare?dora=latest")).contains("is not a year");
	}

}
