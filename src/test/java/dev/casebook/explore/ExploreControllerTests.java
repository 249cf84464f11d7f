package dev.casebook.explore;

import dev.casebook.SampleRelations;
import dev.casebook.api.ApiProblemsAccess;
import dev.casebook.web.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest({ ExploreController.class, ExploreApiController.class })
@Import({ ApiProblemsAccess.class, SampleRelations.class })
class ExploreControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void relationsCombineWithEachOtherAndWithTags() {
		assertThat(this.mvc.get().uri("/api/explore?uses=jenkins")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.entries[*].slug", (slugs) -> assertThat(slugs).asList().containsExactly("etsy", "netflix"));
		assertThat(this.mvc.get().uri("/api/explore?uses=jenkins&adopts=chaos-engineering")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.entries[*].slug", (slugs) -> assertThat(slugs).asList().containsExactly("netflix"));
		assertThat(this.mvc.get().uri("/api/explore?uses=jenkins&not-adopts=chaos-engineering&tag=e-commerce")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.count", (count) -> assertThat(count).isEqualTo(1))
			.hasPathSatisfying("$.entries[0].href", (href) -> assertThat(href).isEqualTo("/api/companies/etsy"));
	}

	@Test
	void inverseRelationsAndKindsWork() {
		assertThat(this.mvc.get().uri("/api/explore?adopted-by=etsy,netflix")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.entries[*].slug", (slugs) -> assertThat(slugs).asList().containsExactly("canary-release"));
		assertThat(this.mvc.get().uri("/api/explore?created-by=netflix&kind=tool")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.entries[*].slug", (slugs) -> assertThat(slugs).asList().containsExactly("spinnaker"));
		assertThat(this.mvc.get().uri("/api/explore?tag=cloud&kind=companies")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.count", (count) -> assertThat(count).isEqualTo(2));
	}

	@Test
	void invalidParametersAreBadRequestsNamingThem() {
		assertThat(this.mvc.get().uri("/api/explore?usez=jenkins").accept(MediaType.APPLICATION_JSON)).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.parameter", (name) -> assertThat(name).isEqualTo("usez"))
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("unknown parameter"));
		assertThat(this.mvc.get().uri("/api/explore?uses=nope")).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("no entry 'nope'"));
		assertThat(this.mvc.get().uri("/api/explore?tag=nope")).hasStatus(400);
		assertThat(this.mvc.get().uri("/api/explore?kind=widget")).hasStatus(400);
		assertThat(HtmlPages.badRequestMessage(this.mvc, "/explore?not-uses=nope"))
			.contains("Parameter 'not-uses': no entry 'nope'");
	}

	@Test
	void badValuesAreNamedWithTheClosestKnownOne() {
		assertThat(this.mvc.get().uri("/api/explore?usez=jenkins").accept(MediaType.APPLICATION_JSON)).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("did you mean 'uses'?"));
		assertThat(this.mvc.get().uri("/api/explore?uses=jenkin")).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString()
				.contains("no entry 'jenkin'; did you mean 'jenkins'?"));
	}

	@Test
	void pageListsMatchesWithTheirKind() {
		Document page = HtmlPages.get(this.mvc, "/explore?uses=spinnaker&adopts=chaos-engineering", 200);
		assertThat(page.text()).contains("1 matching entry");
		assertThat(page.select("select[name=uses] option[selected]").eachAttr("value")).containsExactly("spinnaker");
		assertThat(page.select("select[name=uses] option[selected]").eachText()).containsExactly("Spinnaker");
		assertThat(HtmlPages.links(page, "/companies/netflix").eachText()).containsExactly("Netflix");
		assertThat(this.mvc.get().uri("/explore?uses=")).hasStatusOk().bodyText().doesNotContain("matching entries");
	}

}
