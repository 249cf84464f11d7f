package dev.casebook.search;

import java.util.stream.Stream;

import dev.casebook.web.HtmlPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "casebook.content-dir=src/test/resources/fixtures/search")
@AutoConfigureMockMvc
class SearchControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void resultsShowKindTitleSummaryAndMarkedSnippet() {
		Document page = HtmlPages.of(this.mvc.get().uri("/search").param("q", "rolled back").exchange(), 200);
		Element hit = page.selectFirst("li.hit:has(a[href=/practices/canary-release])");
		assertThat(hit).isNotNull();
		assertThat(hit.select("p.kind").eachText()).containsExactly("Practice");
		assertThat(HtmlPages.links(hit, "/practices/canary-release").eachText()).containsExactly("Canary release");
		assertThat(hit.select("p.summary").eachText())
			.containsExactly("Ship a change to a small share of users first and watch it.");
		assertThat(marked(hit.selectFirst("p.snippet"))).containsPattern("\\[rolled( back\\]|\\] \\[back\\])");
		assertThat(page.select(".result-count").text()).contains("1 entry");
	}

	@Test
	void facetsLinkToTheNarrowedSearchAndFiltersCanBeRemoved() {
		Document page = HtmlPages.get(this.mvc, "/search?q=deployment&tag=release", 200);
		assertThat(HtmlPages.links(page.selectFirst(".facets"), "/search?q=deployment&tag=release&kind=practice")).isNotEmpty();
		assertThat(page.select(".active-filters li").eachText()).anySatisfy((filter) -> assertThat(filter).startsWith("Tag: release"));
		assertThat(page.select(".active-filters a[aria-label=\"Remove tag release\"]")).hasSize(1);
		assertThat(HtmlPages.links(page, "/search?q=deployment")).isNotEmpty();
	}

	@Test
	void scriptInATitleOrSummaryIsEscaped() {
		MvcTestResult result = this.mvc.get().uri("/search").param("q", "scripting").exchange();
		Element hits = HtmlPages.of(result, 200).selectFirst("ol.hits");
		assertThat(hits.select("h2 a").eachText()).anySatisfy((title) -> assertThat(title)
			.contains("<script>alert('title')</script> Scripting deploys"));
		assertThat(hits.text()).contains("<img src=x onerror=alert(1)>");
		assertThat(hits.select("script, img, [onerror]")).isEmpty();
		assertThat(result).bodyText().doesNotContain("<script>alert").doesNotContain("<img src=x");
	}

	@Test
	void noHitsSaySoAndSuggestAnotherSearch() {
		Document page = HtmlPages.of(this.mvc.get().uri("/search").param("q", "zzzq janitro relase").exchange(), 200);
		assertThat(page.select(".result-count").text()).contains("No entries match");
		Element didYouMean = page.selectFirst(".did-you-mean p:has(a[href=\"/search?q=janitor+release\"])");
		assertThat(didYouMean).isNotNull();
		assertThat(didYouMean.text()).isEqualTo("Did you mean janitor release?");
		assertThat(HtmlPages.links(didYouMean, "/search?q=janitor+release").eachText()).containsExactly("janitor release");
	}

	@Test
	void longQueryIsCutAndThePageSaysSo() {
		assertThat(this.mvc.get().uri("/search").param("q", "deploy ".repeat(1500))).hasStatusOk()
			.bodyText()
			.contains("Your search was shortened to 500 characters");
	}

	@Test
	void unknownKindIsNamedInANotice() {
		assertThat(HtmlPages.get(this.mvc, "/search?kind=robot&q=deploy", 200).select(".notices li").eachText())
			.anySatisfy((notice) -> assertThat(notice).contains("Parameter 'kind': unknown kind 'robot' ignored"));
	}

	@Test
	void everyPageHasALabelledSearchBoxWithSuggestions() {
		MvcTestResult result = this.mvc.get().uri("/search").exchange();
		Document page = HtmlPages.of(result, 200);
		Element search = page.selectFirst("form[role=search]:has(#site-search-q)");
		assertThat(search).isNotNull();
		assertThat(search.select("label[for=site-search-q]").eachText()).containsExactly("Search");
		Element box = search.selectFirst("#site-search-q");
		assertThat(box.attr("role")).isEqualTo("combobox");
		assertThat(box.attr("aria-keyshortcuts")).isEqualTo("/");
		assertThat(page.select("script[src]").eachAttr("src"))
			.anySatisfy((src) -> assertThat(src).matches("/assets/js/search-[0-9a-f]{32}\\.js"));
		assertThat(HtmlPages.inlineScripts(page)).isEmpty();
		assertThat(result).bodyText().doesNotContain("<script>");
	}

	/** The text of a snippet with each mark in brackets. */
	private static String marked(Element snippet) {
		StringBuilder text = new StringBuilder();
		for (Node node : snippet.childNodes()) {
			if (node instanceof Element mark && mark.normalName().equals("mark")) {
				text.append('[').append(mark.text()).append(']');
			}
			else if (node instanceof TextNode run) {
				text.append(run.text());
			}
		}
		return text.toString();
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
		assertThat(HtmlPages.of(this.mvc.get().uri("/search").param("q", q).exchange(), 200).select("h1").eachText())
			.containsExactly("Search");
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
