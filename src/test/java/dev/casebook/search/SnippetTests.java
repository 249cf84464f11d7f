package dev.casebook.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTests {

	@Test
	void onlyTheMarksBecomeMarkup() {
		Snippet snippet = Snippet.of("<script>x</script> runs " + Snippet.START + "<b>canary</b>" + Snippet.END + " & more");
		assertThat(snippet.html()).isEqualTo(
				"&lt;script&gt;x&lt;/script&gt; runs <mark>&lt;b&gt;canary&lt;/b&gt;</mark> &amp; more");
		assertThat(snippet.parts()).extracting(Snippet.Part::marked).containsExactly(false, true, false);
	}

	@Test
	void unbalancedMarksNeverLeaveAnOpenTag() {
		assertThat(Snippet.of("a" + Snippet.START + "b").html()).isEqualTo("a<mark>b</mark>");
		assertThat(Snippet.of("a" + Snippet.END + "b").html()).isEqualTo("ab");
	}


	@Test
	void headingsAndParagraphsStayApart() {
		Snippet snippet = Snippet.of("Why it matters\nTeams " + Snippet.START + "deploy" + Snippet.END + " daily.\n\nNext");
		assertThat(snippet.parts()).extracting(Snippet.Part::text)
			.containsExactly("Why it matters · Teams ", "deploy", " daily. · Next");
	}

}
