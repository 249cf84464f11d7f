package dev.casebook.content;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** An entry page as a test reads it: its connections by relation, its references, its neighbourhood. */
public record EntryPageDocument(Document document) {

	/** The page a request answered, which must be 200. */
	public static EntryPageDocument of(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	public static EntryPageDocument parse(String html) {
		return new EntryPageDocument(Jsoup.parse(html));
	}

	/** The addresses the connections list under {@code relation} ("Uses", "Adopted by"…). */
	public List<String> connected(String relation) {
		return this.document.select(".connections dt")
			.stream()
			.filter((term) -> term.text().equals(relation))
			.flatMap((term) -> term.nextElementSibling().select("a").eachAttr("href").stream())
			.toList();
	}

	/** The relations the connections list, in order. */
	public List<String> relations() {
		return this.document.select(".connections dt").eachText();
	}

	/** The titles of the numbered references, in order. */
	public List<String> references() {
		return this.document.select(".references li > a:first-child").eachText();
	}

	/** The addresses the neighbourhood picture links to. */
	public List<String> neighbours() {
		return this.document.select(".neighbourhood svg a").eachAttr("href");
	}

}
