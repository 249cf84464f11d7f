package dev.casebook.company;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

import dev.casebook.cite.LinkedData;
import dev.casebook.content.EntryPageDocument;
import dev.casebook.core.Kind;
import dev.casebook.core.PartialDate;
import dev.casebook.core.RelationType;
import dev.casebook.dora.DoraTables;
import dev.casebook.insights.Insights;
import dev.casebook.insights.NoInsights;
import dev.casebook.model.Company;
import dev.casebook.model.CompanyRepository;
import dev.casebook.model.Metric;
import dev.casebook.model.Practice;
import dev.casebook.model.Source;
import dev.casebook.model.TimelineEvent;
import dev.casebook.model.Tool;
import dev.casebook.status.EntryFiles;
import dev.casebook.status.EntryPages;
import dev.casebook.web.Csv;
import dev.casebook.web.HtmlPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.casebook.model.TestEntries.card;
import static dev.casebook.model.TestEntries.company;
import static dev.casebook.model.TestEntries.practice;
import static dev.casebook.model.TestEntries.source;
import static dev.casebook.model.TestEntries.tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

@WebMvcTest(CompanyController.class)
@Import({ DoraTables.class, LinkedData.class })
class CompanyControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CompanyRepository companies;

	@MockitoBean
	private Insights insights;

	@MockitoBean
	private EntryFiles files;

	@BeforeEach
	void noInsightsAndNoFileNews() {
		given(this.insights.of(any())).willAnswer((call) -> NoInsights.of(call.getArgument(0)));
		given(this.files.now()).willReturn(new EntryPages(Optional.empty(), null));
	}

	@Test
	void listShowsEveryCompany() {
		given(this.companies.findCards(any(Pageable.class))).willReturn(new PageImpl<>(List.of(card(Kind.COMPANY, "etsy", "Etsy"), card(Kind.COMPANY, "netflix", "Netflix"))));
		Document page = HtmlPages.get(this.mvc, "/companies", 200);
		assertThat(HtmlPages.links(page, "/companies/etsy")).isNotEmpty();
		assertThat(page.text()).contains("Netflix");
	}

	@Test
	void everyCompanyDownloadsAsCsvOrJson() throws Exception {
		given(this.companies.findCards(any(Pageable.class))).willReturn(new PageImpl<>(List.of(card(Kind.COMPANY, "etsy", "Etsy"), card(Kind.COMPANY, "netflix", "Netflix"))));
		String csv = this.mvc.get().uri("/companies?format=csv").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Csv.parse(csv)).extracting((row) -> row.get(0)).containsExactly("title", "Etsy", "Netflix");
		assertThat(this.mvc.get().uri("/companies?format=json")).hasStatusOk()
			.bodyJson().extractingPath("$[*].url").isEqualTo(List.of("/companies/etsy", "/companies/netflix"));
		assertThat(this.mvc.get().uri("/companies?format=xml")).hasStatus(400);
	}

	@Test
	void profileShowsFiguresTimelineNumberedReferencesAndEachConnectionOnce() {
		Company etsy = company("etsy", "Etsy");
		Tool deployinator = tool("deployinator", "Deployinator");
		Practice practice = practice("continuous-deployment", "Continuous deployment");
		Source notes = source("course-notes", "Course notes");
		etsy.setRelation(RelationType.USES, deployinator, true);
		etsy.setRelation(RelationType.ADOPTS, practice, true);
		etsy.setRelation(RelationType.CREATED, deployinator, true);
		etsy.getMetrics().add(new Metric("Deploys per day", "50", "deploys/day", PartialDate.parse("2014"), notes));
		etsy.getTimeline().add(new TimelineEvent(PartialDate.parse("2009").orElseThrow(), "Deployinator in use", notes));
		given(this.companies.findBySlug("etsy")).willReturn(Optional.of(etsy));
		EntryPageDocument page = EntryPageDocument.of(this.mvc.get().uri("/companies/etsy").exchange());
		assertThat(page.document().select("h1").text()).isEqualTo("Etsy");
		assertThat(page.document().select(".figure-name").eachText()).containsExactly("Deploys per day");
		assertThat(page.document().select(".timeline-year").eachText()).containsExactly("2009");
		assertThat(page.relations()).containsExactly("Uses", "Adopts");
		assertThat(page.connected("Uses")).containsExactly("/tools/deployinator");
		assertThat(page.connected("Adopts")).containsExactly("/practices/continuous-deployment");
		assertThat(page.references()).containsExactly("Course notes");
		assertThat(page.document().select(".figure-source a.cite").eachAttr("href")).containsExactly("#ref-1");
	}

	@Test
	void profileHeadDescribesThePageToSearchEnginesFeedReadersAndSocialCards() throws Exception {
		given(this.companies.findBySlug("etsy")).willReturn(Optional.of(company("etsy", "Etsy")));
		Document head = Jsoup.parse(this.mvc.get().uri("/companies/etsy?utm_source=x").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(head.title()).isEqualTo("Etsy · Casebook");
		assertThat(head.select("meta[name=description]").attr("content")).isEqualTo("Summary of Etsy.");
		assertThat(head.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/companies/etsy");
		assertThat(head.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
			.containsExactly("http://localhost/feed.atom", "http://localhost/feeds/companies.atom");
		assertThat(head.select("meta[property=og:title]").attr("content")).isEqualTo("Etsy");
		assertThat(head.select("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(head.select("meta[property=og:image]").attr("content"))
			.isEqualTo("http://localhost/companies/etsy/card.png");
		assertThat(head.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		assertThat(head.select("script[type=application/ld+json]")).singleElement()
			.satisfies((script) -> assertThat(script.data()).contains("\"@type\":\"Organization\""));
		assertThat(head.select("main .cite-this a").eachAttr("href"))
			.containsExactly("/companies/etsy/cite.bib", "/companies/etsy/cite.json");
	}

	@Test
	void eachCompanyHasASocialCardDrawnAtTheOpenGraphSize() throws Exception {
		Company etsy = company("etsy", "Etsy");
		etsy.getMetrics().add(new Metric("Deploys per day", "50", "deploys/day", PartialDate.parse("2014"),
				source("notes", "Notes")));
		given(this.companies.findBySlug("etsy")).willReturn(Optional.of(etsy));
		byte[] png = this.mvc.get().uri("/companies/etsy/card.png").exchange().getResponse().getContentAsByteArray();
		assertThat(this.mvc.get().uri("/companies/etsy/card.png")).hasContentType("image/png");
		BufferedImage card = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(card.getWidth()).isEqualTo(1200);
		assertThat(card.getHeight()).isEqualTo(630);
		assertThat(this.mvc.get().uri("/companies/nope/card.png")).hasStatus(404);
	}

	@Test
	void aMissingPageAsksSearchEnginesToLeaveItOutAndNamesNoCanonicalAddress() throws Exception {
		given(this.companies.findBySlug("nope")).willReturn(Optional.empty());
		Document page = Jsoup.parse(this.mvc.get().uri("/companies/nope").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.select("link[rel=canonical], meta[property=og:image], script[type=application/ld+json]"))
			.isEmpty();
	}

	@Test
	void unknownSlugRendersNotFound() {
		given(this.companies.findBySlug("nope")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/companies/nope")).hasStatus(404)
			.bodyText()
			.contains("Page not found")
			.contains("/companies/nope");
	}

}
