package dev.casebook.search;

import dev.casebook.content.HtmlFragment;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "casebook.content-dir=src/test/resources/fixtures/search")
@AutoConfigureMockMvc
class SearchApiControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void searchAnswersWithTheDocumentedShape() {
		assertThat(this.mvc.get().uri("/api/search").param("q", "rolled back").param("kind", "practice")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{
					  "query": "rolled back", "tags": [], "kinds": ["practice"],
					  "page": 1, "pageSize": 10, "pages": 1, "total": 1, "notices": [],
					  "hits": [{
					    "kind": "practice", "title": "Canary release", "path": "/practices/canary-release",
					    "summary": "Ship a change to a small share of users first and watch it."
					  }],
					  "facets": {
					    "kinds": [{"value": "practice", "label": "Practices", "count": 1, "selected": true,
					               "href": "/search?q=rolled+back"}],
					    "tags": [{"value": "deployment", "count": 1, "selected": false,
					              "href": "/search?q=rolled+back&tag=deployment&kind=practice"},
					             {"value": "release", "count": 1}]
					  },
					  "suggestions": {"text": "", "href": "", "tags": []}
					}
					""");
	}

	@Test
	void snippetIsEscapedHtmlWithMarks() {
		assertThat(this.mvc.get().uri("/api/search?q=scripting")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.hits[0].snippet")
			.asString()
			.satisfies((snippet) -> {
				Element parsed = HtmlFragment.parse(snippet);
				assertThat(parsed.select("mark")).isNotEmpty();
				assertThat(parsed.select("*").not("body").not("mark")).isEmpty();
				assertThat(snippet).doesNotContain("<script>").doesNotContain("<b>");
			});
	}

	@Test
	void suggestAnswersTitlesWithPaths() {
		assertThat(this.mvc.get().uri("/api/suggest").param("q", "chaos mon")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					[{"title": "Chaos Monkey", "kind": "tool", "path": "/tools/chaos-monkey"}]
					""");
	}

	@Test
	void emptySuggestIsAnEmptyList() {
		assertThat(this.mvc.get().uri("/api/suggest")).hasStatusOk().bodyJson().isStrictlyEqualTo("[]");
	}

}
