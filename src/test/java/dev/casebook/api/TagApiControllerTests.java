package dev.casebook.api;

import java.util.List;

import dev.casebook.core.Kind;
import dev.casebook.model.TagCount;
import dev.casebook.model.TagRepository;
import dev.casebook.relation.RelationIndexer;
import dev.casebook.relation.TestIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.casebook.relation.TestIndex.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest({ TagApiController.class, ApiProblems.class })
class TagApiControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private RelationIndexer relations;

	@MockitoBean
	private TagRepository tags;

	@Test
	void listCountsEntriesPerTag() {
		given(this.tags.countEntries()).willReturn(List.of(new TagCount("cloud", 3)));
		assertThat(this.mvc.get().uri("/api/tags")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[0].entries", (count) -> assertThat(count).isEqualTo(3))
			.hasPathSatisfying("$[0].href", (href) -> assertThat(href).isEqualTo("/api/tags/cloud"));
	}

	@Test
	void detailListsTaggedEntriesAndUnknownTagIsNotFound() {
		given(this.relations.current())
			.willReturn(new TestIndex().add(node(Kind.COMPANY, "netflix", "Netflix", "cloud")).build());
		assertThat(this.mvc.get().uri("/api/tags/cloud")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.entries[0].href", (href) -> assertThat(href).isEqualTo("/api/companies/netflix"));
		assertThat(this.mvc.get().uri("/api/tags/nope").accept(MediaType.APPLICATION_JSON)).hasStatus(404)
			.bodyJson()
			.hasPathSatisfying("$.title", (title) -> assertThat(title).isEqualTo("Not found"));
	}

}
