package dev.casebook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.casebook.content.EntryPageDocument;
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
		assertThat(home.getBody()).contains("href=\"/companies/acme\"")
			.contains("href=\"/companies/globex\"")
			.contains("href=\"/practices/canary-release\"")
			.contains("href=\"/tags/deployment\"");
	}

	@Test
	void companyPageLinksEveryRelationAndRendersBrokenLinks() {
		String page = this.rest.getForObject("/companies/acme", String.class);
		assertThat(page).contains("<h1>Acme Corp</h1>")
			.containsPattern("<a href=\"/tools/deployer\" class=\"entry-link\" data-kind=\"tool\" data-summary=\"[^\"<]+\">Deployer</a>")
			.contains("<span class=\"broken-link\"")
			.contains("<span class=\"figure-name\">Deploys per day</span>")
			.contains("href=\"/companies/globex\"");
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
		assertThat(page.getBody()).contains("<h1>Canary release</h1>");
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
		Matcher link = Pattern.compile("href=\"(/assets/css/casebook-[0-9a-f]{32}\\.css)\"")
			.matcher(this.rest.getForObject("/", String.class));
		assertThat(link.find()).isTrue();
		ResponseEntity<String> css = this.rest.getForEntity(link.group(1), String.class);
		assertThat(css.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(css.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=31536000, public");
		assertThat(this.rest.getForEntity("/css/casebook.css", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

}
