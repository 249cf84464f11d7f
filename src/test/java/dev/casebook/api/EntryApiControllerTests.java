package dev.casebook.api;

import java.util.Optional;

import dev.casebook.api.EntryResource.ToolFacts;
import dev.casebook.core.Kind;
import dev.casebook.core.RelationType;
import dev.casebook.relation.Relation;
import dev.casebook.relation.RelationIndexer;
import dev.casebook.relation.TestIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.casebook.relation.TestIndex.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

@WebMvcTest({ EntryApiController.class, ApiProblems.class })
class EntryApiControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private RelationIndexer relations;

	@MockitoBean
	private FactsReader facts;

	@BeforeEach
	void index() {
		given(this.relations.current()).willReturn(new TestIndex()
			.add(node(Kind.COMPANY, "etsy", "Etsy", "e-commerce"), node(Kind.TOOL, "chef", "Chef", "configuration"),
					node(Kind.TOOL, "deployinator", "Deployinator"))
			.link("etsy", Relation.of(RelationType.USES), "chef")
			.link("deployinator", Relation.inverseOf(RelationType.CREATED), "etsy")
			.build());
	}

	@Test
	void listHasOneSummaryPerEntryOfTheKind() {
		assertThat(this.mvc.get().uri("/api/tools")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[*].slug", (slugs) -> assertThat(slugs).asList().containsExactly("chef", "deployinator"))
			.hasPathSatisfying("$[0].href", (href) -> assertThat(href).isEqualTo("/api/tools/chef"))
			.hasPathSatisfying("$[0].page", (page) -> assertThat(page).isEqualTo("/tools/chef"));
	}

	@Test
	void detailCarriesFactsAndRelationsAsLinks() {
		given(this.facts.read(eq(Kind.TOOL), eq("chef"), any()))
			.willReturn(Optional.of(new ToolFacts("Configuration management", "https://chef.io", true)));
		assertThat(this.mvc.get().uri("/api/tools/chef")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.facts.category", (category) -> assertThat(category).isEqualTo("Configuration management"))
			.hasPathSatisfying("$.relations.used-by[0].href", (href) -> assertThat(href).isEqualTo("/api/companies/etsy"))
			.hasPathSatisfying("$.tags[0]", (tag) -> assertThat(tag).isEqualTo("configuration"));
		assertThat(this.mvc.get().uri("/api/companies/etsy")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.relations.created[0].slug", (slug) -> assertThat(slug).isEqualTo("deployinator"));
	}

	@Test
	void unknownSlugIsANotFoundProblem() {
		assertThat(this.mvc.get().uri("/api/companies/nope").accept(MediaType.APPLICATION_JSON)).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.status", (status) -> assertThat(status).isEqualTo(404))
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("company 'nope'"));
	}

	@Test
	void slugOfAnotherKindIsNotFound() {
		assertThat(this.mvc.get().uri("/api/companies/chef")).hasStatus(404);
	}

}
