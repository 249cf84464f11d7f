package dev.casebook.content;

import java.util.List;

import dev.casebook.content.LinkTargets.Target;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	private final Markdown markdown = new Markdown();

	private final LinkTargets targets = new LinkTargets(
			List.of(new Target(Kind.TOOL, "chaos-monkey", "Chaos Monkey", "Kills \"instances\" <b>&</b> more.",
					"tools/chaos-monkey.md"),
					new Target(Kind.PRACTICE, "canary-release", "Canary release", "Few users first.",
							"practices/canary-release.md"),
					new Target(Kind.SOURCE, "blog", "Engineering blog", "The team's posts.", "sources/blog.md"),
					new Target(Kind.SOURCE, "talk", "Conference talk", "A talk.", "sources/talk.md")));

	{
		this.targets.addAlias("ChaosMonkey", this.targets.bySlug("chaos-monkey").orElseThrow());
	}

	private String render(String body) {
		return rendered(body).html();
	}

	private Markdown.Rendered rendered(String body) {
		return this.markdown.render(this.markdown.parse(body), this.targets, "practices/chaos-engineering.md", List.of());
	}

	@Test
	void wikiLinkBySlugUsesTheTargetTitle() {
		assertThat(render("[[chaos-monkey]]"))
			.contains("<a href=\"/tools/chaos-monkey\" class=\"entry-link\" data-kind=\"tool\"")
			.contains(">Chaos Monkey</a>");
	}

	@Test
	void aBareLinkToASourceIsItsNumberAmongThePagesReferencesKeptOnEveryCitation() {
		Markdown.Rendered rendered = this.markdown.render(
				this.markdown.parse("One [[talk]]. Two [[blog]]. Three [[talk]]. Said [[blog|on the blog]]."), this.targets,
				"practices/chaos-engineering.md", List.of());
		Document body = Jsoup.parseBodyFragment(rendered.html());
		assertThat(body.select("sup > a.cite").eachText()).containsExactly("[1]", "[2]", "[1]");
		assertThat(body.select("sup > a.cite").eachAttr("href")).containsExactly("#ref-1", "#ref-2", "#ref-1");
		assertThat(body.select("sup > a.cite").first().attr("data-summary")).isEqualTo("Conference talk. A talk.");
		assertThat(body.select("a.entry-link[href=/sources/blog]").text()).isEqualTo("on the blog");
		assertThat(rendered.citations()).containsExactly("talk", "blog");
	}

	@Test
	void citationsNumberOnFromTheSourcesThePageCitesAboveTheBody() {
		Markdown.Rendered rendered = this.markdown.render(this.markdown.parse("As posted [[blog]] and said [[talk]]."),
				this.targets, "companies/acme.md", List.of("talk"));
		assertThat(Jsoup.parseBodyFragment(rendered.html()).select("a.cite").eachText()).containsExactly("[2]", "[1]");
		assertThat(rendered.citations()).containsExactly("talk", "blog");
	}

	@Test
	void entryLinksCarryTheTargetSummaryEscaped() {
		assertThat(render("[[chaos-monkey]]"))
			.contains("data-summary=\"Kills &#34;instances&#34; &lt;b&gt;&amp;&lt;/b&gt; more.\"");
	}

	@Test
	void bodyHeadingsMoveDownALevelWhenTheBodyHasATitleOfItsOwn() {
		assertThat(render("# Own title\n\n## Part\n")).contains("<h2 id=\"own-title\">")
			.contains("<h3 id=\"part\">")
			.doesNotContain("<h1");
		assertThat(render("## Part\n")).contains("<h2 id=\"part\">");
	}

	@Test
	void longBodiesGetATableOfContentsRenderedApartFromTheBody() {
		Markdown.Rendered rendered = rendered("Intro.\n\n## One\n\n## Two\n\n### Three\n");
		Document contents = Jsoup.parseBodyFragment(rendered.contents());
		assertThat(contents.select("div.toc a").eachAttr("href")).containsExactly("#one", "#two", "#three");
		Document body = Jsoup.parseBodyFragment(rendered.html());
		assertThat(body.select(".toc")).isEmpty();
		assertThat(body.select("h2[id], h3[id]").eachAttr("id")).containsExactly("one", "two", "three");
	}

	@Test
	void shortBodiesGetNoTableOfContentsUnlessTheyAskForOne() {
		assertThat(rendered("## One\n\n## Two\n").contents()).isEmpty();
		Markdown.Rendered asked = rendered("[TOC]\n\n## One\n\n## Two\n");
		assertThat(Jsoup.parseBodyFragment(asked.contents()).select("div.toc a")).hasSize(2);
		assertThat(asked.html()).doesNotContain("[TOC]");
	}

	@Test
	void renderingABodyAgainGivesTheSameTableOfContents() {
		var document = this.markdown.parse("[TOC]\n\n## One\n\n## Two\n");
		Markdown.Rendered first = this.markdown.render(document, this.targets, "practices/chaos-engineering.md", List.of());
		Markdown.Rendered again = this.markdown.render(document, this.targets, "practices/chaos-engineering.md", List.of());
		assertThat(again).isEqualTo(first);
	}

	@Test
	void wikiLinkWithTextKeepsTheText() {
		assertThat(render("[[chaos-monkey|the monkey]]")).contains("href=\"/tools/chaos-monkey\"")
			.contains(">the monkey</a>");
	}

	@Test
	void wikiLinkByTitleOrAliasIsCaseInsensitive() {
		assertThat(render("[[chaos MONKEY]]")).contains("href=\"/tools/chaos-monkey\"");
		assertThat(render("[[chaosmonkey]]")).contains("href=\"/tools/chaos-monkey\"");
	}

	@Test
	void wikiLinkKeepsItsFragment() {
		assertThat(render("[[canary-release#history]]")).contains("href=\"/practices/canary-release#history\"");
	}

	@Test
	void relativeMarkdownFileLinksResolve() {
		assertThat(render("[monkey](../tools/chaos-monkey.md)")).contains("href=\"/tools/chaos-monkey\"");
		assertThat(render("[canary](canary-release.md#why)")).contains("href=\"/practices/canary-release#why\"");
	}

	@Test
	void sitePathsResolveWithOrWithoutTrailingSlash() {
		assertThat(render("[m](/tools/chaos-monkey)")).contains("class=\"entry-link\"");
		assertThat(render("[m](/tools/chaos-monkey/)")).contains("href=\"/tools/chaos-monkey\"");
	}

	@Test
	void unknownTargetsRenderAsBrokenTextNotLinks() {
		assertThat(render("[[nothing-here]]")).contains("<span class=\"broken-link\"").doesNotContain("<a");
		assertThat(render("[x](../tools/nothing.md)")).contains("<span class=\"broken-link\"").doesNotContain("<a");
		assertThat(render("[x](/practices/chaos-monkey)")).contains("broken-link");
	}

	@Test
	void externalLinksAndAutolinksAreMarkedNofollowNoopener() {
		assertThat(render("[site](https://example.org) and https://example.com"))
			.contains("<a href=\"https://example.org\" rel=\"nofollow noopener\">site</a>")
			.contains("<a href=\"https://example.com\" rel=\"nofollow noopener\">https://example.com</a>");
	}

	@Test
	void headingsGetAnchorsAndTheTableOfContentsListsThem() {
		Markdown.Rendered rendered = rendered("[TOC]\n\n## First part\n\n## Second part\n");
		assertThat(Jsoup.parseBodyFragment(rendered.html()).select("h2").eachAttr("id")).containsExactly("first-part", "second-part");
		Document contents = Jsoup.parseBodyFragment(rendered.contents());
		assertThat(contents.select("div.toc > h2").text()).isEqualTo("Contents");
		assertThat(contents.select("div.toc a").eachAttr("href")).containsExactly("#first-part", "#second-part");
	}

	@Test
	void rawHtmlStaysEscapedText() {
		assertThat(render("<b onclick=\"x()\">bold</b>")).isEqualTo("<p>&lt;b onclick&#61;&#34;x()&#34;&gt;bold&lt;/b&gt;</p>\n");
	}

	@Test
	void scriptLinksAndDataImagesAreDropped() {
		assertThat(render("[a](javascript:alert(1)) [b](vbscript:x) [c](data:text/html,x) ![d](data:image/png;base64,AA)"))
			.doesNotContain("href").doesNotContain("src");
	}

	@Test
	void tablesRender() {
		assertThat(render("| a | b |\n| --- | --- |\n| 1 | 2 |\n")).contains("<table>").contains("<td>2</td>");
	}

	@Test
	void linksAreCollectedWithTheirLines() {
		var links = this.markdown.written(this.markdown.parse("Intro\n\nSee [[chaos-monkey]].\n\n[[gone]]\n"))
			.stream()
			.map((link) -> link.resolve(this.targets, "practices/x.md"))
			.toList();
		assertThat(links).extracting(Markdown.BodyLink::line).containsExactly(3, 5);
		assertThat(links.get(0).link()).isInstanceOf(LinkTargets.Resolved.class);
		assertThat(links.get(1).link()).isInstanceOf(LinkTargets.Broken.class);
	}

}
