package dev.casebook.content;

import java.util.List;

import dev.casebook.content.LinkTargets.Target;
import dev.casebook.core.Kind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
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

	/** The rendered body of {@code body}, parsed. */
	private Element parsed(String body) {
		return HtmlFragment.parse(render(body));
	}

	/** The one link the rendered body of {@code body} has. */
	private Element link(String body) {
		Elements links = parsed(body).select("a");
		assertThat(links).as("links in %s", body).hasSize(1);
		return links.first();
	}

	private Markdown.Rendered rendered(String body) {
		return this.markdown.render(this.markdown.parse(body), this.targets, "practices/chaos-engineering.md", List.of());
	}

	@Test
	void wikiLinkBySlugUsesTheTargetTitle() {
		Element link = link("[[chaos-monkey]]");
		assertThat(link.attr("href")).isEqualTo("/tools/chaos-monkey");
		assertThat(link.classNames()).containsExactly("entry-link");
		assertThat(link.attr("data-kind")).isEqualTo("tool");
		assertThat(link.text()).isEqualTo("Chaos Monkey");
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
		assertThat(link("[[chaos-monkey]]").attr("data-summary")).isEqualTo("Kills \"instances\" <b>&</b> more.");
		assertThat(parsed("[[chaos-monkey]]").select("b")).isEmpty();
		assertThat(render("[[chaos-monkey]]")).doesNotContain("<b>");
	}

	@Test
	void bodyHeadingsMoveDownALevelWhenTheBodyHasATitleOfItsOwn() {
		Element titled = parsed("# Own title\n\n## Part\n");
		assertThat(titled.select("h2#own-title")).hasSize(1);
		assertThat(titled.select("h3#part")).hasSize(1);
		assertThat(titled.select("h1")).isEmpty();
		assertThat(parsed("## Part\n").select("h2#part")).hasSize(1);
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
		Element link = link("[[chaos-monkey|the monkey]]");
		assertThat(link.attr("href")).isEqualTo("/tools/chaos-monkey");
		assertThat(link.text()).isEqualTo("the monkey");
	}

	@Test
	void wikiLinkByTitleOrAliasIsCaseInsensitive() {
		assertThat(link("[[chaos MONKEY]]").attr("href")).isEqualTo("/tools/chaos-monkey");
		assertThat(link("[[chaosmonkey]]").attr("href")).isEqualTo("/tools/chaos-monkey");
	}

	@Test
	void wikiLinkKeepsItsFragment() {
		assertThat(link("[[canary-release#history]]").attr("href")).isEqualTo("/practices/canary-release#history");
	}

	@Test
	void relativeMarkdownFileLinksResolve() {
		assertThat(link("[monkey](../tools/chaos-monkey.md)").attr("href")).isEqualTo("/tools/chaos-monkey");
		assertThat(link("[canary](canary-release.md#why)").attr("href")).isEqualTo("/practices/canary-release#why");
	}

	@Test
	void sitePathsResolveWithOrWithoutTrailingSlash() {
		assertThat(link("[m](/tools/chaos-monkey)").hasClass("entry-link")).isTrue();
		assertThat(link("[m](/tools/chaos-monkey/)").attr("href")).isEqualTo("/tools/chaos-monkey");
	}

	@Test
	void unknownTargetsRenderAsBrokenTextNotLinks() {
		for (String body : new String[] { "[[nothing-here]]", "[x](../tools/nothing.md)", "[x](/practices/chaos-monkey)" }) {
			Element rendered = parsed(body);
			assertThat(rendered.select("span.broken-link")).as(body).hasSize(1);
			assertThat(rendered.select("a")).as(body).isEmpty();
		}
	}

	@Test
	void externalLinksAndAutolinksAreMarkedNofollowNoopener() {
		Elements links = parsed("[site](https://example.org) and https://example.com").select("a");
		assertThat(links.eachAttr("href")).containsExactly("https://example.org", "https://example.com");
		assertThat(links.eachAttr("rel")).containsExactly("nofollow noopener", "nofollow noopener");
		assertThat(links.eachText()).containsExactly("site", "https://example.com");
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
		String html = render("<b onclick=\"x()\">bold</b>");
		Element body = HtmlFragment.parse(html);
		assertThat(body.select("b, [onclick]")).isEmpty();
		assertThat(body.children()).extracting(Element::normalName).containsExactly("p");
		assertThat(body.child(0).children()).isEmpty();
		assertThat(body.child(0).text()).isEqualTo("<b onclick=\"x()\">bold</b>");
		assertThat(html).doesNotContain("<b").doesNotContain("onclick=");
	}

	@Test
	void scriptLinksAndDataImagesAreDropped() {
		String html = render("[a](javascript:alert(1)) [b](vbscript:x) [c](data:text/html,x) ![d](data:image/png;base64,AA)");
		assertThat(HtmlFragment.parse(html).select("[href], [src]")).isEmpty();
		assertThat(html).doesNotContain("href").doesNotContain("src");
	}

	@Test
	void tablesRender() {
		Element table = parsed("| a | b |\n| --- | --- |\n| 1 | 2 |\n").selectFirst("table");
		assertThat(table).isNotNull();
		assertThat(table.select("th").eachText()).containsExactly("a", "b");
		assertThat(table.select("td").eachText()).containsExactly("1", "2");
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
