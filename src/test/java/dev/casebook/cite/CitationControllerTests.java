package dev.casebook.cite;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.casebook.core.Published;
import dev.casebook.model.CompanyRepository;
import dev.casebook.model.Description;
import dev.casebook.model.PracticeRepository;
import dev.casebook.model.Source;
import dev.casebook.model.SourceRepository;
import dev.casebook.model.ToolRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.casebook.model.TestEntries.company;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(CitationController.class)
class CitationControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CompanyRepository companies;

	@MockitoBean
	private ToolRepository tools;

	@MockitoBean
	private PracticeRepository practices;

	@MockitoBean
	private SourceRepository sources;

	@Test
	void aSourceIsCitedInBibTexAsTheDocumentItDescribesWithItsSpecialCharactersEscaped() throws Exception {
		given(this.sources.findBySlug("ars-2012")).willReturn(Optional.of(article()));
		String bib = this.mvc.get().uri("/sources/ars-2012/cite.bib").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(this.mvc.get().uri("/sources/ars-2012/cite.bib")).hasContentTypeCompatibleWith("application/x-bibtex");
		assertThat(bib).startsWith("@online{casebook-sources-ars-2012,\n")
			.contains("title = {{50\\% of \\{deploys\\} \\& more}}")
			.contains("author = {Ann Bee and Cy Dee}")
			.contains("organization = {Ars Technica}")
			.contains("date = {2012-08-05}", "year = {2012}", "month = {aug}")
			.contains("url = {https://arstechnica.example/2012/08/release}")
			.contains("urldate = {" + LocalDate.now(ZoneOffset.UTC) + "}")
			.endsWith("\n}\n");
		String structure = bib.replace("\\{", "").replace("\\}", "");
		assertThat(structure.chars().filter((c) -> c == '{').count())
			.isEqualTo(structure.chars().filter((c) -> c == '}').count());
	}

	@Test
	void aSourceIsCitedInCslJsonWithEachAuthorAndItsDateAsPrecisely() {
		given(this.sources.findBySlug("ars-2012")).willReturn(Optional.of(article()));
		assertThat(this.mvc.get().uri("/sources/ars-2012/cite.json")).hasStatusOk()
			.hasContentTypeCompatibleWith("application/vnd.citationstyles.csl+json")
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$[0].id").isEqualTo("casebook-sources-ars-2012");
				assertThat(json).extractingPath("$[0].type").isEqualTo("article");
				assertThat(json).extractingPath("$[0].author[*].literal").isEqualTo(List.of("Ann Bee", "Cy Dee"));
				assertThat(json).extractingPath("$[0].issued.date-parts[0]").isEqualTo(List.of(2012, 8, 5));
				assertThat(json).extractingPath("$[0].URL").isEqualTo("https://arstechnica.example/2012/08/release");
			});
	}

	@Test
	void anyOtherEntryIsCitedAsAPageOfTheSite() throws Exception {
		given(this.companies.findBySlug("etsy")).willReturn(Optional.of(company("etsy", "Etsy")));
		String bib = this.mvc.get().uri("/companies/etsy/cite.bib").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(bib).contains("title = {{Etsy}}", "organization = {Casebook}",
				"url = {http://localhost/companies/etsy}").doesNotContain("author");
		assertThat(this.mvc.get().uri("/companies/etsy/cite.json")).bodyJson()
			.extractingPath("$[0].type").isEqualTo("webpage");
	}

	@Test
	void anEntryOfAnotherKindOrNoEntryIsNotFound() {
		given(this.companies.findBySlug("etsy")).willReturn(Optional.of(company("etsy", "Etsy")));
		assertThat(this.mvc.get().uri("/tools/etsy/cite.bib")).hasStatus(404);
		assertThat(this.mvc.get().uri("/sources/nope/cite.json")).hasStatus(404);
		assertThat(this.mvc.get().uri("/tags/etsy/cite.bib")).hasStatus(404);
	}

	private static Source article() {
		Source source = new Source("ars-2012");
		source.describe(new Description("50% of {deploys} & more", "A report.", Optional.empty(), List.of(),
				"sources/ars-2012.md", "<p>A report.</p>"), "Ars Technica", "Ann Bee and Cy Dee",
				Published.parse("2012-08-05").orElseThrow(), "https://arstechnica.example/2012/08/release", "article");
		return source;
	}

}
