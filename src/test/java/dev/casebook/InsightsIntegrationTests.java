package dev.casebook;

import java.util.List;

import dev.casebook.content.EntryPageDocument;
import dev.casebook.relation.IndexedInsights;
import org.jsoup.Jsoup;
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
		String page = this.rest.getForObject("/compare?dora=2019", String.class);
		assertThat(page).contains("<span>20</span> deploys per day")
			.contains("<span>about 0.43</span> deploys per day")
			.contains("<strong class=\"tier\">elite</strong>")
			.contains("<strong class=\"tier\">high</strong>")
			.contains("<a href=\"/practices/two-pizza\">Two-pizza teams</a>");
	}

	@Test
	void companyProfileCardShowsTheTierOfItsDeployFigureByTheLatestTable() {
		Element tier = Jsoup.parse(this.rest.getForObject("/companies/alpha", String.class))
			.selectFirst("dl.facts dt:containsOwn(DORA tier) + dd");
		assertThat(tier.text()).isEqualTo("elite by deploy frequency (figure as of 2020; 2024 DORA table)");
		assertThat(tier.selectFirst("strong.tier").attr("title")).isEqualTo("On demand (multiple deploys per day)");
		assertThat(tier.selectFirst("a").attr("href")).isEqualTo("/compare?c=alpha");
		assertThat(this.rest.getForObject("/companies/beta", String.class))
			.contains("<strong class=\"tier\" title=\"Between once per day and once per week\">high</strong>");
		assertThat(this.rest.getForObject("/companies/gamma", String.class)).doesNotContain("DORA tier");
	}

	@Test
	void matrixTimelineGraphAndExploreRender() {
		assertThat(this.rest.getForObject("/practices/matrix", String.class))
			.contains("href=\"/companies/alpha#delivery\"")
			.contains("href=\"/practices/canary#who-does-it\"")
			.contains("href=\"/companies/beta#event-1\"");
		assertThat(this.rest.getForObject("/timeline?practice=chaos", String.class))
			.contains("Beta ran its first Chaos Engineering game day");
		assertThat(this.rest.getForObject("/graph", String.class)).contains("data-graph=\"/api/graph?depth=2");
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
