package dev.casebook.graph;

import dev.casebook.SampleRelations;
import dev.casebook.api.ApiProblemsAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

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
		assertThat(this.mvc.get().uri("/graph?limit=lots")).hasStatus(400).bodyText().contains("Parameter &#39;limit&#39;");
	}

	@Test
	void aMistypedFocusSuggestsTheClosestEntry() {
		assertThat(this.mvc.get().uri("/api/graph?focus=spinaker")).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("did you mean 'spinnaker'?"));
	}

	@Test
	void pageLoadsItsDataFromTheJsonEndpointWithAnExternalScript() {
		assertThat(this.mvc.get().uri("/graph?focus=netflix")).hasStatusOk()
			.bodyText()
			.contains("data-graph=\"/api/graph?focus=netflix&amp;depth=2&amp;limit=300&amp;tags=false\"")
			.containsPattern("<script src=\"/assets/js/graph-[0-9a-f]{32}\\.js\" defer></script>")
			.containsPattern("<script src=\"/webjars/cytoscape/[^\"]*cytoscape\\.min[-0-9a-f]*\\.js\" defer></script>")
			.doesNotContain("<script>");
	}

}
