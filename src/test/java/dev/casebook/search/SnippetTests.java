package dev.casebook.search;

import dev.casebook.content.HtmlFragment;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTests {

	@Test
	void onlyTheMarksBecomeMarkup() {
		Snippet snippet = Snippet.of("<script>x</script> runs " + Snippet.START + "<b>canary</b>" + Snippet.END + " & more");
		Element html = HtmlFragment.parse(snippet.html());
		assertThat(html.select("*").not("body")).extracting(Element::normalName).containsExactly("mark");
		assertThat(html.select("mark").text()).isEqualTo("<b>canary</b>");
		assertThat(html.text()).isEqualTo("<script>x</script> runs <b>canary</b> & more");
		assertThat(snippet.html()).doesNotContain("<script").doesNotContain("<b>");
		assertThat(snippet.parts()).extracting(Snippet.Part::marked).containsExactly(false, true, false);
	}

	@Test
	void unbalancedMarksNeverLeaveAnOpenTag() {
		String opened = Snippet.of("a" + Snippet.START + "b").html();
		assertThat(HtmlFragment.parse(opened).select("mark").eachText()).containsExactly("b");
		assertThat(HtmlFragment.parse(opened).text()).isEqualTo("ab");
		assertThat(opened).endsWith("</mark>");
		String closed = Snippet.of("a" + Snippet.END + "b").html();
		assertThat(HtmlFragment.parse(closed).select("mark")).isEmpty();
		assertThat(HtmlFragment.parse(closed).text()).isEqualTo("ab");
		assertThat(closed).doesNotContain("mark>");
	}


	@Test
	void headingsAndParagraphsStayApart() {
		Snippet snippet = Snippet.of("Why it matters\nTeams " + Snippet.START + "deploy" + Snippet.END + " daily.\n\nNext");
		assertThat(snippet.parts()).extracting(Snippet.Part::text)
			.containsExactly("Why it matters · Teams ", "deploy", " daily. · Next");
	}

}
