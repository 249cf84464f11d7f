package dev.casebook.search;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "casebook.content-dir=src/test/resources/fixtures/search")
@AutoConfigureMockMvc
class SearchControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void resultsShowKindTitleSummaryAndMarkedSnippet() {
		assertThat(this.mvc.get().uri("/search").param("q", "rolled back")).hasStatusOk()
			.bodyText()
			.contains("<p class=\"kind\">Practice</p>")
			.contains("<a href=\"/practices/canary-release\">Canary release</a>")
			.contains("Ship a change to a small share of users first and watch it.")
			.containsPattern("<mark>rolled( back</mark>|</mark> <mark>back</mark>)")
			.contains("1 entry");
	}

	@Test
	void facetsLinkToTheNarrowedSearchAndFiltersCanBeRemoved() {
		assertThat(this.mvc.get().uri("/search?q=deployment&tag=release")).hasStatusOk()
			.bodyText()
			.contains("href=\"/search?q=deployment&amp;tag=release&amp;kind=practice\"")
			.contains("Tag: release")
			.contains("aria-label=\"Remove tag release\"")
			.contains("href=\"/search?q=deployment\"");
	}

	@Test
	void scriptInATitleOrSummaryIsEscaped() {
		assertThat(this.mvc.get().uri("/search").param("q", "scripting")).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Scripting deploys")
			.contains("&lt;img src=x onerror=alert(1)&gt;")
			.doesNotContain("<script>alert")
			.doesNotContain("<img src=x");
	}

	@Test
	void noHitsSaySoAndSuggestAnotherSearch() {
		assertThat(this.mvc.get().uri("/search").param("q", "zzzq janitro relase")).hasStatusOk()
			.bodyText()
			.contains("No entries match")
			.contains("Did you mean <a href=\"/search?q=janitor+release\">janitor release</a>?");
	}

	@Test
	void longQueryIsCutAndThePageSaysSo() {
		assertThat(this.mvc.get().uri("/search").param("q", "deploy ".repeat(1500))).hasStatusOk()
			.bodyText()
			.contains("Your search was shortened to 500 characters");
	}

	@Test
	void unknownKindIsNamedInANotice() {
		assertThat(this.mvc.get().uri("/search?kind=robot&q=deploy")).hasStatusOk()
			.bodyText()
			.contains("Parameter &#39;kind&#39;: unknown kind &#39;robot&#39; ignored");
	}

	@Test
	void everyPageHasALabelledSearchBoxWithSuggestions() {
		assertThat(this.mvc.get().uri("/search")).hasStatusOk()
			.bodyText()
			.contains("role=\"search\"")
			.contains("<label for=\"site-search-q\">Search</label>")
			.contains("role=\"combobox\"")
			.contains("aria-keyshortcuts=\"/\"")
			.containsPattern("src=\"/assets/js/search-[0-9a-f]{32}\\.js\"")
			.doesNotContain("<script>");
	}

	static Stream<String> hostileQueries() {
		return Stream.of("\"", "\"\"\"", "\"blue green", "-", "--", "- -\"", "*", "?", "title:chaos AND (monkey OR",
				"chaos~2", "monkey^100", "[a TO z]", "{!lucene}x", "\\", "\\\\\"", "/regex/", "+++", "!&&||", ":",
				"a".repeat(10_240), "deploy ".repeat(2000), "\u0000\u0001\u001b[31m", "\uD800", "\uFFFF\uFFFE",
				"😀🔥 канарейка 金丝雀 カナリア", "\u202Ecanary", "<script>alert(1)</script>", "' OR 1=1 --",
				"%00%ff", "\r\n\t", "ﷺ", "null", "-\"", "\"-\"", "-\"\"");
	}

	@ParameterizedTest
	@MethodSource("hostileQueries")
	void hostileQueryGetsANormalPage(String q) {
		assertThat(this.mvc.get().uri("/search").param("q", q)).hasStatusOk().bodyText().contains("<h1>Search</h1>");
		assertThat(this.mvc.get().uri("/api/search").param("q", q)).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/suggest").param("q", q)).hasStatusOk();
	}

	@ParameterizedTest
	@MethodSource("hostileQueries")
	void hostileParametersGetANormalPage(String value) {
		assertThat(this.mvc.get().uri("/search").param("tag", value).param("kind", value).param("page", value))
			.hasStatusOk();
	}

	@Test
	void oddPagesGetANormalPage() {
		for (String page : new String[] { "-1", "abc", "0", "99999999999999999999999", "2147483648", "1.5", "" }) {
			assertThat(this.mvc.get().uri("/search").param("q", "deploy").param("page", page)).as(page).hasStatusOk();
		}
	}

}
