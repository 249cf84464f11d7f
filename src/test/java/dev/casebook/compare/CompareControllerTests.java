package dev.casebook.compare;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import dev.casebook.company.Company;
import dev.casebook.company.CompanyRepository;
import dev.casebook.company.Metric;
import dev.casebook.content.Kind;
import dev.casebook.content.PartialDate;
import dev.casebook.content.RelationType;
import dev.casebook.dora.DoraTables;
import dev.casebook.relation.Relation;
import dev.casebook.relation.Relations;
import dev.casebook.relation.TestIndex;
import dev.casebook.source.Source;
import dev.casebook.web.Csv;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.casebook.content.TestEntries.company;
import static dev.casebook.content.TestEntries.source;
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
	private Relations relations;

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
		assertThat(this.mvc.get().uri("/compare")).hasStatusOk()
			.bodyText()
			.contains("<a href=\"/companies/etsy\">Etsy</a></th>")
			.contains("<a href=\"/companies/netflix\">Netflix</a></th>")
			.contains("Accelerate State of DevOps Report 2024")
			.contains("not strictly comparable")
			.contains("<span>50</span> deploys per day")
			.contains("href=\"/sources/notes\"")
			.contains("<strong class=\"tier\">elite</strong>")
			.contains("<li><span>Users</span>: <span>over 54 million</span>")
			.contains("No published figure")
			.contains("<a href=\"/practices/two-pizza-teams\">Two-pizza teams</a>");
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
		assertThat(this.mvc.get().uri("/compare?c=acme&dora=2019")).hasStatusOk()
			.bodyText()
			.contains("Accelerate State of DevOps Report 2019")
			.contains("<span>2</span> <span>deploys/year</span>")
			.contains("<strong class=\"tier\">low</strong>")
			.doesNotContain("/companies/etsy\">Etsy</a></th>");
	}

	@Test
	void toolsSharedByComparedCompaniesAreHighlighted() {
		assertThat(this.mvc.get().uri("/compare?c=etsy&c=acme")).hasStatusOk()
			.bodyText()
			.contains("<mark><a href=\"/tools/chef\">Chef</a>")
			.contains("<a href=\"/practices/canary\">Canary release</a>")
			.doesNotContain("<mark><a href=\"/practices/canary\"");
	}

	@Test
	void unknownCompanyIsABadRequestNamingTheParameter() {
		assertThat(this.mvc.get().uri("/compare?c=etsy&c=nope")).hasStatus(400)
			.bodyText()
			.contains("Parameter &#39;c&#39;: no company &#39;nope&#39;");
		assertThat(this.mvc.get().uri("/compare?c=esty")).hasStatus(400)
			.bodyText()
			.contains("no company &#39;esty&#39;; did you mean &#39;etsy&#39;?");
	}

	@Test
	void unknownDoraYearIsABadRequestNamingTheParameter() {
		assertThat(this.mvc.get().uri("/compare?dora=2020")).hasStatus(400).bodyText().contains("Parameter &#39;dora&#39;");
		assertThat(this.mvc.get().uri("/compare?dora=latest")).hasStatus(400).bodyText().contains("is not a year");
	}

}
