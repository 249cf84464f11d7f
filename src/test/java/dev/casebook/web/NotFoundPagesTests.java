package dev.casebook.web;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** An unknown entry address leads somewhere: the entry in its own case, or the closest entries. */
@SpringBootTest(properties = "casebook.content-dir=src/test/resources/fixtures/site")
@AutoConfigureMockMvc
class NotFoundPagesTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void anEntryAddressInAnotherCaseRedirectsToTheEntry() {
		assertThat(this.mvc.get().uri("/companies/Acme-Market")).hasStatus(301).hasRedirectedUrl("/companies/acme-market");
		assertThat(this.mvc.get().uri("/tools/ROCKETCART")).hasStatus(301).hasRedirectedUrl("/tools/rocketcart");
	}

	@Test
	void aMistypedEntryAddressSuggestsTheClosestEntriesOfItsKind() {
		MvcTestResult result = this.mvc.get().uri("/companies/acme-markt").exchange();
		assertThat(result).hasStatus(404);
		Document page = Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
		assertThat(page.select(".closest a").eachAttr("href")).first().isEqualTo("/companies/acme-market");
		assertThat(page.select(".closest a").eachAttr("href")).allMatch((href) -> href.startsWith("/companies/"));
	}

	@Test
	void anAddressFarFromEveryEntrySuggestsNone() {
		MvcTestResult result = this.mvc.get().uri("/tools/zzzzzzzzzzzz").exchange();
		assertThat(result).hasStatus(404);
		assertThat(Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
			.select(".closest")).isEmpty();
	}

}
