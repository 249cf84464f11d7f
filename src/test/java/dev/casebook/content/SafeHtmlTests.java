package dev.casebook.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeHtmlTests {

	@Test
	void keepsEntryLinksWithTheirClassesAndDataAttributes() {
		String link = "<a href=\"/tools/chef\" class=\"entry-link\" data-kind=\"tool\" data-summary=\"Configures servers.\">Chef</a>";
		assertThat(SafeHtml.sanitize(link)).isEqualTo(link);
		String broken = "<span class=\"broken-link\" title=\"Broken link: no entry\">gone</span>";
		assertThat(SafeHtml.sanitize(broken)).isEqualTo(broken);
	}

	@Test
	void keepsHeadingIdsAndInPageAnchors() {
		String heading = "<h2 id=\"first-part\"><a href=\"#first-part\" class=\"anchor\"></a>First part</h2>";
		assertThat(SafeHtml.sanitize(heading)).isEqualTo(heading);
	}

	@Test
	void keepsTablesCodeListsAndQuotes() {
		String html = "<table><thead><tr><th align=\"left\">a</th></tr></thead><tbody><tr><td align=\"right\">1</td></tr>"
				+ "</tbody></table><pre><code class=\"language-java\">int x;</code></pre><ol start=\"3\"><li>one</li></ol>"
				+ "<ul><li><em>a</em> <strong>b</strong></li></ul><blockquote><p>quote</p></blockquote><hr />";
		assertThat(SafeHtml.sanitize(html)).isEqualTo(html);
	}

	@Test
	void externalLinksGetNofollowNoopenerAndSiteLinksDoNot() {
		assertThat(SafeHtml.sanitize("<a href=\"https://example.org\">x</a>"))
			.isEqualTo("<a href=\"https://example.org\" rel=\"nofollow noopener\">x</a>");
		assertThat(SafeHtml.sanitize("<a href=\"//example.org/a\">x</a>")).contains("rel=\"nofollow noopener\"");
		assertThat(SafeHtml.sanitize("<a href=\"/tools/chef\">x</a>")).isEqualTo("<a href=\"/tools/chef\">x</a>");
		assertThat(SafeHtml.sanitize("<a href=\"mailto:team&#64;example.org\">x</a>")).doesNotContain("rel=");
	}

	@Test
	void authoredRelAndTargetAreDropped() {
		assertThat(SafeHtml.sanitize("<a href=\"/x\" rel=\"opener\" target=\"_blank\">x</a>")).isEqualTo("<a href=\"/x\">x</a>");
	}

	@Test
	void imagesKeepOnlyHttpHttpsAndRelativeSources() {
		assertThat(SafeHtml.sanitize("<img src=\"https://example.org/a.png\" alt=\"a\" />"))
			.isEqualTo("<img src=\"https://example.org/a.png\" alt=\"a\" />");
		assertThat(SafeHtml.sanitize("<img src=\"/img/a.png\" alt=\"a\" />")).contains("src=\"/img/a.png\"");
		assertThat(SafeHtml.sanitize("<img src=\"data:image/png;base64,AAAA\" alt=\"a\" />")).doesNotContain("data:");
		assertThat(SafeHtml.sanitize("<img src=\"mailto:a&#64;b.c\" alt=\"a\" />")).doesNotContain("mailto");
	}

	@Test
	void dropsScriptsStylesFramesObjectsAndForms() {
		assertThat(SafeHtml.sanitize("<div>a<script>alert(1)</script><style>p{}</style><iframe src=\"/x\"></iframe>"
				+ "<object data=\"/x\"></object><embed src=\"/x\"><form action=\"/x\"><input name=\"q\"><button>go</button>"
				+ "</form>b</div>"))
			.isEqualTo("<div>agob</div>");
	}

	@Test
	void dropsEventHandlersStylesAndSrcdoc() {
		assertThat(SafeHtml.sanitize("<p onclick=\"x()\" style=\"color:red\" srcdoc=\"x\">a</p>")).isEqualTo("<p>a</p>");
	}

	@Test
	void dropsScriptUrls() {
		for (String url : new String[] { "javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:x", "data:text/html,x",
				" javascript:alert(1)", "java&#x09;script:alert(1)" }) {
			assertThat(SafeHtml.sanitize("<a href=\"" + url + "\">x</a>")).as(url).isEqualTo("x");
		}
	}

	@Test
	void dropsClassesAndDataAttributesTheRendererNeverEmits() {
		assertThat(SafeHtml.sanitize("<a href=\"/x\" class=\"skip-link\" data-kind=\"evil\" data-x=\"1\">x</a>"))
			.isEqualTo("<a href=\"/x\">x</a>");
	}

}
