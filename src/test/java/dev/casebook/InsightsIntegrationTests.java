package dev.casebook;

import java.util.List;

import dev.casebook.content.EntryPageDocument;
import dev.casebook.relation.IndexedInsights;
import dev.casebook.web.HtmlPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The insight pages over the {@code fixtures/insights} content, end to end. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = IndexedInsights.CONTENT)
@AutoConfigureTestRestTemplate
class InsightsIntegrationTests {

	@Autowired
	private TestRestTemplate rest;

	@Test
	void entryPagesShowTheirConnectionsTimelineSliceAndANeighbourhoodDrawnOnTheServer() {
		EntryPageDocument tool = EntryPageDocument.parse(this.rest.getForObject("/tools/pipeline", String.class));
		assertThat(tool.connected("Created by")).containsExactly("/companies/alpha");
		assertThat(tool.document().select("#insights-timeline").text()).isEqualTo("Timeline");
		assertThat(tool.document().select(".insights-timeline .events li").text())
			.contains("Alpha built Pipeline to run every canary release.");
		assertThat(tool.document().select(".insights-timeline a").eachAttr("href")).contains("/timeline?tool=pipeline");
		assertThat(tool.neighbours()).contains("/companies/alpha", "/practices/canary");
		assertThat(tool.document().select(".neighbourhood figcaption a").eachAttr("href")).containsExactly("/graph?focus=pipeline");
		assertThat(tool.document().select("script[src*=cytoscape]")).as("no graph library on entry pages").isEmpty();
		EntryPageDocument company = EntryPageDocument.parse(this.rest.getForObject("/companies/alpha", String.class));
		assertThat(company.document().select("#event-1")).isNotEmpty();
		assertThat(company.document().select("#insights-timeline")).isEmpty();
		assertThat(company.neighbours()).contains("/tools/pipeline");
		EntryPageDocument source = EntryPageDocument.parse(this.rest.getForObject("/sources/blog", String.class));
		assertThat(source.document().select(".neighbourhood")).isEmpty();
	}

	@Test
	void relatedEntriesTheConnectionsDoNotListAreShownWithTheirReasons() {
		EntryPageDocument practice = EntryPageDocument.parse(this.rest.getForObject("/practices/chaos", String.class));
		List<String> connected = practice.document().select(".connections a").eachAttr("href");
		assertThat(practice.document().select(".related a").eachAttr("href")).isNotEmpty().doesNotContainAnyElementsOf(connected);
		assertThat(practice.document().select(".related a").eachAttr("title")).allSatisfy((reasons) -> assertThat(reasons).isNotBlank());
	}

	@Test
	void compareTiersTheFixtureCompaniesFigures() {
		Document page = Jsoup.parse(this.rest.getForObject("/compare?dora=2019", String.class));
		assertThat(page.text()).contains("20 deploys per day").contains("about 0.43 deploys per day");
		assertThat(page.select("strong.tier").eachText()).contains("elite", "high");
		assertThat(HtmlPages.links(page, "/practices/two-pizza").eachText()).isNotEmpty()
			.allSatisfy((text) -> assertThat(text).isEqualTo("Two-pizza teams"));
	}

	@Test
	void companyProfileCardShowsTheTierOfItsDeployFigureByTheLatestTable() {
		Element tier = Jsoup.parse(this.rest.getForObject("/companies/alpha", String.class))
			.selectFirst("dl.facts dt:containsOwn(DORA tier) + dd");
		assertThat(tier.text()).isEqualTo("elite by deploy frequency (figure as of 2020; 2024 DORA table)");
		assertThat(tier.selectFirst("strong.tier").attr("title")).isEqualTo("On demand (multiple deploys per day)");
		assertThat(tier.selectFirst("a").attr("href")).isEqualTo("/compare?c=alpha");
		Element beta = Jsoup.parse(this.rest.getForObject("/companies/beta", String.class)).selectFirst("strong.tier");
		assertThat(beta.text()).isEqualTo("high");
		assertThat(beta.attr("title")).isEqualTo("Between once per day and once per week");
		assertThat(this.rest.getForObject("/companies/gamma", String.class)).doesNotContain("DORA tier");
	}

	@Test
	void matrixTimelineGraphAndExploreRender() {
		Document matrix = Jsoup.parse(this.rest.getForObject("/practices/matrix", String.class));
		assertThat(HtmlPages.links(matrix, "/companies/alpha#delivery")).isNotEmpty();
		assertThat(HtmlPages.links(matrix, "/practices/canary#who-does-it")).isNotEmpty();
		assertThat(HtmlPages.links(matrix, "/companies/beta#event-1")).isNotEmpty();
		assertThat(this.rest.getForObject("/timeline?practice=chaos", String.class))
			.contains("Beta ran its first Chaos Engineering game day");
		assertThat(Jsoup.parse(this.rest.getForObject("/graph", String.class)).select("[data-graph]").attr("data-graph"))
			.startsWith("/api/graph?depth=2");
		assertThat(this.rest.getForObject("/api/explore?uses=pipeline&adopts=chaos", String.class))
			.contains("\"slug\":\"beta\"")
			.doesNotContain("\"slug\":\"alpha\"");
	}

	@Test
	void graphLibraryIsServedFromItsWebJar() {
		ResponseEntity<String> script = this.rest.getForEntity("/webjars/cytoscape/dist/cytoscape.min.js", String.class);
		assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.rest.getForEntity("/assets/js/graph.js", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

}
