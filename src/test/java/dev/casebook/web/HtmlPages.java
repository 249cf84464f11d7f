package dev.casebook.web;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** A page fetched through MockMvc, checked for its status and parsed with jsoup, for web slice tests. */
public final class HtmlPages {

	private HtmlPages() {
	}

	public static Document get(MockMvcTester mvc, String uri, int status) {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatus(status);
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
