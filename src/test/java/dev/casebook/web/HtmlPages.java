package dev.casebook.web;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** A page fetched through MockMvc, checked for its status and parsed with jsoup, for web slice tests. */
public final class HtmlPages {

	private HtmlPages() {
	}

	public static Document get(MockMvcTester mvc, String uri, int status) {
		return of(mvc.get().uri(uri).exchange(), status);
	}

	/** The page a request answered, which must have {@code status}. */
	public static Document of(MvcTestResult result, int status) {
		assertThat(result).hasStatus(status);
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The links in {@code page} (or a part of it) to exactly {@code href}, written as the page writes it. */
	public static Elements links(Element page, String href) {
		return page.getElementsByAttributeValue("href", href)
			.stream()
			.filter((element) -> element.normalName().equals("a"))
			.collect(Elements::new, Elements::add, Elements::addAll);
	}

	/** The scripts a browser would run from the page's own text: those without src that are not JSON-LD data. */
	public static Elements inlineScripts(Document page) {
		return page.select("script:not([src]):not([type=application/ld+json])");
	}

	/** The message of the 400 page a request for {@code uri} gets, as a reader sees it. */
	public static String badRequestMessage(MockMvcTester mvc, String uri) {
		return get(mvc, uri, 400).select(".error-message").text();
	}

}
