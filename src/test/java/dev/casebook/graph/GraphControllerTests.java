package dev.casebook.graph;

import java.util.List;

import dev.casebook.SampleRelations;
import dev.casebook.api.ApiProblemsAccess;
import dev.casebook.graph.GraphListing.Connection;
import dev.casebook.graph.GraphListing.Entry;
import dev.casebook.web.HtmlPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

@WebMvcTest({ GraphController.class, GraphApiController.class })
@Import({ ApiProblemsAccess.class, SampleRelations.class })
class GraphControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void neighbourhoodOfDepthOneHoldsTheFocusAndItsDirectRelations() {
		assertThat(this.mvc.get().uri("/api/graph?focus=etsy&depth=1")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.nodes[*].id", (ids) -> assertThat(ids).asList()
				.containsExactlyInAnyOrder("etsy", "jenkins", "canary-release", "two-pizza-teams"))
			.hasPathSatisfying("$.edges[*].relation", (relations) -> assertThat(relations).asList()
				.containsExactlyInAnyOrder("uses", "adopts", "adopts"))
			.hasPathSatisfying("$.nodes[0].href", (href) -> assertThat(href).isEqualTo("/companies/etsy"));
	}

	@Test
	void deeperNeighbourhoodsReachFurtherAndTheCapTruncates() {
		assertThat(this.mvc.get().uri("/api/graph?focus=etsy&depth=2")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.nodes[*].id", (ids) -> assertThat(ids).asList().contains("netflix", "spinnaker"));
		assertThat(this.mvc.get().uri("/api/graph?focus=etsy&depth=3&limit=2")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.nodes.length()", (count) -> assertThat(count).isEqualTo(2))
			.hasPathSatisfying("$.truncated", (truncated) -> assertThat(truncated).isEqualTo(true));
	}

	@Test
	void overviewKeepsTheBestConnectedEntriesAndLeavesSourcesOut() {
		assertThat(this.mvc.get().uri("/api/graph?limit=1")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.nodes[0].id", (id) -> assertThat(id).isEqualTo("netflix"))
			.hasPathSatisfying("$.total", (total) -> assertThat(total).isEqualTo(8));
		assertThat(this.mvc.get().uri("/api/graph?tags=true")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.nodes[*].id", (ids) -> assertThat(ids).asList().contains("tag:cloud").doesNotContain("notes"))
			.hasPathSatisfying("$.edges[*].relation", (relations) -> assertThat(relations).asList().contains("tagged"));
	}

	@Test
	void badParametersAreBadRequestsNamingThem() {
		assertThat(this.mvc.get().uri("/api/graph?focus=nope")).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.parameter", (name) -> assertThat(name).isEqualTo("focus"));
		assertThat(this.mvc.get().uri("/api/graph?depth=9")).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.parameter", (name) -> assertThat(name).isEqualTo("depth"));
		assertThat(HtmlPages.badRequestMessage(this.mvc, "/graph?limit=lots")).contains("Parameter 'limit'");
	}

	@Test
	void aMistypedFocusSuggestsTheClosestEntry() {
		assertThat(this.mvc.get().uri("/api/graph?focus=spinaker")).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("did you mean 'spinnaker'?"));
	}

	@Test
	void pageLoadsItsDataFromTheJsonEndpointWithAnExternalScript() {
		MvcTestResult result = this.mvc.get().uri("/graph?focus=netflix").exchange();
		Document page = HtmlPages.of(result, 200);
		assertThat(page.select("[data-graph]").eachAttr("data-graph"))
			.containsExactly("/api/graph?focus=netflix&depth=2&limit=300&tags=false");
		Elements deferred = page.select("script[src][defer]");
		assertThat(deferred.eachAttr("src")).anySatisfy((src) -> assertThat(src).matches("/assets/js/graph-[0-9a-f]{32}\\.js"))
			.anySatisfy((src) -> assertThat(src).matches("/webjars/cytoscape/[^\"]*cytoscape\\.min[-0-9a-f]*\\.js"));
		assertThat(deferred).allSatisfy((script) -> assertThat(script.data()).isBlank());
		assertThat(HtmlPages.inlineScripts(page)).isEmpty();
		assertThat(result).bodyText().doesNotContain("<script>");
	}

	@Test
	void pageListsTheSameNodesAndEdgesAsTheDrawingReadFromBothEnds() {
		assertThat(this.mvc.get().uri("/graph?focus=etsy&depth=1")).hasStatusOk()
			.model()
			.extractingByKey("listing", type(GraphListing.class))
			.satisfies((listing) -> {
				assertThat(listing.entries()).extracting(Entry::title, Entry::kind, Entry::href)
					.containsExactlyInAnyOrder(tuple("Etsy", "Company", "/companies/etsy"),
							tuple("Jenkins", "Tool", "/tools/jenkins"),
							tuple("Canary release", "Practice", "/practices/canary-release"),
							tuple("Two-pizza teams", "Practice", "/practices/two-pizza-teams"));
				assertThat(listing.entries().get(0).title()).isEqualTo("Etsy");
				assertThat(listing.entries().get(0).connections()).extracting(Connection::verb, Connection::title)
					.containsExactlyInAnyOrder(tuple("uses", "Jenkins"), tuple("adopts", "Canary release"),
							tuple("adopts", "Two-pizza teams"));
				assertThat(listing.entries()).filteredOn((entry) -> entry.title().equals("Jenkins"))
					.singleElement()
					.extracting(Entry::connections)
					.isEqualTo(List.of(new Connection("used by", "Etsy", "/companies/etsy")));
			});
	}

	@Test
	void listUnderTheGraphLinksEachEntryWithItsKindAndConnections() {
		Document page = HtmlPages.get(this.mvc, "/graph?focus=etsy&depth=1&tags=true", 200);
		Element list = page.selectFirst("section.graph-entries");
		assertThat(list.selectFirst("h2").text()).isEqualTo("Entries in this graph");
		Element etsy = list.selectFirst("> ul > li:has(> a[href=/companies/etsy])");
		assertThat(etsy.selectFirst(".graph-kind").text()).isEqualTo("Company");
		assertThat(etsy.select("li").eachText()).contains("uses → Jenkins", "adopts → Canary release",
				"adopts → Two-pizza teams", "tagged → cloud");
		assertThat(etsy.select("li a").eachAttr("href")).contains("/tools/jenkins", "/tags/cloud");
		Element cloud = list.selectFirst("> ul > li:has(> a[href=/tags/cloud])");
		assertThat(cloud.selectFirst(".graph-kind").text()).isEqualTo("Tag");
		assertThat(cloud.select("li").eachText()).contains("tag of → Etsy");
	}

	@Test
	void zoomButtonsControlTheGraphAndWaitHiddenForTheScript() {
		Document page = HtmlPages.get(this.mvc, "/graph", 200);
		Element controls = page.selectFirst(".graph-controls");
		assertThat(controls.hasAttr("hidden")).isTrue();
		assertThat(controls.select("button")).extracting(Element::text, (button) -> button.attr("type"),
				(button) -> button.attr("data-zoom"))
			.containsExactly(tuple("Zoom in", "button", "in"), tuple("Zoom out", "button", "out"),
					tuple("Fit", "button", "fit"));
		String graph = page.selectFirst("[data-graph]").id();
		assertThat(controls.select("button").eachAttr("aria-controls")).hasSize(3).containsOnly(graph);
	}

}
