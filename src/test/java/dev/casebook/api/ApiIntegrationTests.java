package dev.casebook.api;

import dev.casebook.relation.IndexedInsights;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = IndexedInsights.CONTENT)
@AutoConfigureTestRestTemplate
class ApiIntegrationTests {

	@Autowired
	private TestRestTemplate rest;

	@Test
	void companyResourceCarriesFiguresTimelineAndRelations() {
		String alpha = this.rest.getForObject("/api/companies/alpha", String.class);
		assertThat(alpha).contains("\"industry\":\"Retail\"")
			.contains("\"unit\":\"deploys/day\"")
			.contains("\"href\":\"/api/sources/blog\"")
			.contains("\"uses\":[")
			.contains("\"href\":\"/api/tools/pipeline\"");
	}

	@Test
	void openApiDocumentDescribesEveryEndpointAndTheUiIsServed() {
		String docs = this.rest.getForObject("/v3/api-docs", String.class);
		assertThat(docs).contains("\"openapi\"").contains("Casebook API").contains("/api/{kind}/{slug}").contains("/api/tags/{name}");
		ResponseEntity<String> ui = this.rest.getForEntity("/swagger-ui/index.html", String.class);
		assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

}
