package dev.casebook;

import java.util.List;

import dev.casebook.content.EntryPageDocument;
import dev.casebook.web.HtmlPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "casebook.content-dir=src/test/resources/fixtures/content")
@AutoConfigureTestRestTemplate
class CasebookApplicationTests {

	@Autowired
	private TestRestTemplate rest;

	@Test
	void homeListsIndexedCompaniesAndPractices() {
		ResponseEntity<String> home = this.rest.getForEntity("/", String.class);
		assertThat(home.getStatusCode()).isEqualTo(HttpStatus.OK);
		Document page = Jsoup.parse(home.getBody());
		for (String href : new String[] { "/companies/acme", "/companies/globex", "/practices/canary-release",
				"/tags/deployment" }) {
			assertThat(HtmlPages.links(page, href)).as(href).isNotEmpty();
		}
	}

	@Test
	void companyPageLinksEveryRelationAndRendersBrokenLinks() {
		Document page = Jsoup.parse(this.rest.getForObject("/companies/acme", String.class));
		assertThat(page.select("h1").eachText()).containsExactly("Acme Corp");
		assertThat(page.select("a.entry-link[href=/tools/deployer]")).filteredOn((link) -> link.text().equals("Deployer"))
			.isNotEmpty()
			.allSatisfy((link) -> {
				assertThat(link.attr("data-kind")).isEqualTo("tool");
				assertThat(link.attr("data-summary")).isNotBlank();
			});
		assertThat(page.select("span.broken-link")).isNotEmpty();
		assertThat(page.select(".figure-name").eachText()).contains("Deploys per day");
		assertThat(HtmlPages.links(page, "/companies/globex")).isNotEmpty();
	}

	@Test
	void relationsShowOnBothEntriesWhicheverSideDeclaresThem() {
		EntryPageDocument page = EntryPageDocument.parse(this.rest.getForObject("/tools/deployer", String.class));
		assertThat(page.connected("Created by")).as("declared by the tool and listed once").containsExactly("/companies/acme");
		assertThat(page.connected("Used by")).containsExactly("/companies/globex");
		EntryPageDocument globex = EntryPageDocument.parse(this.rest.getForObject("/companies/globex", String.class));
		assertThat(globex.connected("Uses")).containsExactly("/tools/deployer");
	}

	@Test
	void trailingSlashLeadsToTheSamePage() {
		ResponseEntity<String> page = this.rest.getForEntity("/practices/canary-release/", String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(Jsoup.parse(page.getBody()).select("h1").eachText()).containsExactly("Canary release");
	}

	@Test
	void unknownAddressesRenderTheNotFoundPage() {
		for (String path : new String[] { "/companies/nope", "/no/such/page", "/tags/nope" }) {
			ResponseEntity<String> page = this.rest.exchange(RequestEntity.get(path).accept(MediaType.TEXT_HTML).build(),
					String.class);
			assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(page.getBody()).as(path).contains("Page not found");
		}
	}

	@Test
	void stylesheetIsLinkedByItsContentHashAndCachedForAYear() {
		List<String> hashed = Jsoup.parse(this.rest.getForObject("/", String.class))
			.select("link[rel=stylesheet]")
			.eachAttr("href")
			.stream()
			.filter((href) -> href.matches("/assets/css/casebook-[0-9a-f]{32}\\.css"))
			.toList();
		assertThat(hashed).isNotEmpty();
		ResponseEntity<String> css = this.rest.getForEntity(hashed.get(0), String.class);
		assertThat(css.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(css.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=31536000, public");
		assertThat(this.rest.getForEntity("/css/casebook.css", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

}
