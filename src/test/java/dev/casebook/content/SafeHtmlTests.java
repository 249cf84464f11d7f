package dev.casebook.content;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeHtmlTests {

	@Test
	void keepsEntryLinksWithTheirClassesAndDataAttributes() {
		String link = "<a href=\"/tools/chef\" class=\"entry-link\" data-kind=\"tool\" data-summary=\"Configures servers.\">Chef</a>";
		assertThat(HtmlFragment.tree(SafeHtml.sanitize(link))).isEqualTo(HtmlFragment.tree(link));
		String broken = "<span class=\"broken-link\" title=\"Broken link: no entry\">gone</span>";
		assertThat(HtmlFragment.tree(SafeHtml.sanitize(broken))).isEqualTo(HtmlFragment.tree(broken));
	}

	@Test
	void keepsHeadingIdsAndInPageAnchors() {
		String heading = "<h2 id=\"first-part\"><a href=\"#first-part\" class=\"anchor\"></a>First part</h2>";
		assertThat(HtmlFragment.tree(SafeHtml.sanitize(heading))).isEqualTo(HtmlFragment.tree(heading));
	}

	@Test
	void keepsTablesCodeListsAndQuotes() {
		String html = "<table><thead><tr><th align=\"left\">a</th></tr></thead><tbody><tr><td align=\"right\">1</td></tr>"
				+ "</tbody></table><pre><code class=\"language-java\">int x;</code></pre><ol start=\"3\"><li>one</li></ol>"
				+ "<ul><li><em>a</em> <strong>b</strong></li></ul><blockquote><p>quote</p></blockquote><hr />";
		assertThat(HtmlFragment.tree(SafeHtml.sanitize(html))).isEqualTo(HtmlFragment.tree(html));
	}

	@Test
	void externalLinksGetNofollowNoopenerAndSiteLinksDoNot() {
		Element external = onlyLink("<a href=\"https://example.org\">x</a>");
		assertThat(external.attr("href")).isEqualTo("https://example.org");
		assertThat(external.attr("rel")).isEqualTo("nofollow noopener");
		assertThat(external.text()).isEqualTo("x");
		assertThat(onlyLink("<a href=\"//example.org/a\">x</a>").attr("rel")).isEqualTo("nofollow noopener");
		assertThat(HtmlFragment.tree(SafeHtml.sanitize("<a href=\"/tools/chef\">x</a>")))
			.isEqualTo(HtmlFragment.tree("<a href=\"/tools/chef\">x</a>"));
		Element mail = onlyLink("<a href=\"mailto:team&#64;example.org\">x</a>");
		assertThat(mail.hasAttr("rel")).isFalse();
	}

	@Test
	void authoredRelAndTargetAreDropped() {
		assertThat(HtmlFragment.tree(SafeHtml.sanitize("<a href=\"/x\" rel=\"opener\" target=\"_blank\">x</a>")))
			.isEqualTo(HtmlFragment.tree("<a href=\"/x\">x</a>"));
	}

	@Test
	void imagesKeepOnlyHttpHttpsAndRelativeSources() {
		String external = "<img src=\"https://example.org/a.png\" alt=\"a\" />";
		assertThat(HtmlFragment.tree(SafeHtml.sanitize(external))).isEqualTo(HtmlFragment.tree(external));
		assertThat(onlyImage("<img src=\"/img/a.png\" alt=\"a\" />").attr("src")).isEqualTo("/img/a.png");
		String data = SafeHtml.sanitize("<img src=\"data:image/png;base64,AAAA\" alt=\"a\" />");
		assertThat(HtmlFragment.parse(data).select("[src]")).isEmpty();
		assertThat(data).doesNotContain("data:");
		String mail = SafeHtml.sanitize("<img src=\"mailto:a&#64;b.c\" alt=\"a\" />");
		assertThat(HtmlFragment.parse(mail).select("[src]")).isEmpty();
		assertThat(mail).doesNotContain("mailto");
	}

	@Test
	void dropsScriptsStylesFramesObjectsAndForms() {
		String html = SafeHtml.sanitize("<div>a<script>alert(1)</script><style>p{}</style><iframe src=\"/x\"></iframe>"
				+ "<object data=\"/x\"></object><embed src=\"/x\"><form action=\"/x\"><input name=\"q\"><button>go</button>"
				+ "</form>b</div>");
		Element body = HtmlFragment.parse(html);
		assertThat(body.select("script, style, iframe, object, embed, form, input, button")).isEmpty();
		assertThat(HtmlFragment.tree(html)).isEqualTo(HtmlFragment.tree("<div>agob</div>"));
		assertThat(html).doesNotContain("<script", "<style", "<iframe", "<object", "<embed", "<form", "alert");
	}

	@Test
	void dropsEventHandlersStylesAndSrcdoc() {
		String html = SafeHtml.sanitize("<p onclick=\"x()\" style=\"color:red\" srcdoc=\"x\">a</p>");
		assertThat(HtmlFragment.parse(html).select("[onclick], [style], [srcdoc]")).isEmpty();
		assertThat(HtmlFragment.tree(html)).isEqualTo(HtmlFragment.tree("<p>a</p>"));
		assertThat(html).doesNotContain("onclick", "style", "srcdoc");
	}

	@Test
	void dropsScriptUrls() {
		for (String url : new String[] { "javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:x", "data:text/html,x",
				" javascript:alert(1)", "java&#x09;script:alert(1)" }) {
			String html = SafeHtml.sanitize("<a href=\"" + url + "\">x</a>");
			Element body = HtmlFragment.parse(html);
			assertThat(body.select("*").not("body")).as(url).isEmpty();
			assertThat(body.text()).as(url).isEqualTo("x");
			assertThat(html).as(url).doesNotContainIgnoringCase("script").doesNotContain("data:");
		}
	}

	@Test
	void dropsClassesAndDataAttributesTheRendererNeverEmits() {
		assertThat(HtmlFragment.tree(SafeHtml.sanitize("<a href=\"/x\" class=\"skip-link\" data-kind=\"evil\" data-x=\"1\">x</a>")))
			.isEqualTo(HtmlFragment.tree("<a href=\"/x\">x</a>"));
	}

	/** The one element {@code html} comes out as, a link. */
	private static Element onlyLink(String html) {
		return only(html, "a");
	}

	private static Element onlyImage(String html) {
		return only(html, "img");
	}

	private static Element only(String html, String name) {
		Element body = HtmlFragment.parse(SafeHtml.sanitize(html));
		assertThat(body.children()).hasSize(1);
		assertThat(body.child(0).normalName()).isEqualTo(name);
		return body.child(0);
	}

}
