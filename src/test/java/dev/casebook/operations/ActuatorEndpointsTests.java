package dev.casebook.operations;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "casebook.content-dir=src/test/resources/fixtures/content")
@AutoConfigureTestRestTemplate
class ActuatorEndpointsTests {

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private MeterRegistry meters;

	@Test
	void livenessAndReadinessAreUpOnceTheContentIsIndexed() {
		for (String probe : new String[] { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" }) {
			ResponseEntity<String> health = this.rest.getForEntity(probe, String.class);
			assertThat(health.getStatusCode()).as(probe).isEqualTo(HttpStatus.OK);
			assertThat(health.getBody()).as(probe).contains("\"status\":\"UP\"");
		}
	}

	@Test
	void infoNamesVersionCommitAndContent() {
		String info = this.rest.getForObject("/actuator/info", String.class);
		assertThat(info).contains("\"build\":{").contains("\"version\":\"0.1.0-SNAPSHOT\"");
		assertThat(info).contains("\"git\":{").contains("\"commit\":{");
		assertThat(info).contains("\"content\":{\"revision\":")
			.contains("\"entries\":{\"companies\":2,\"tools\":1,\"practices\":2,\"sources\":1}")
			.contains("\"errors\":3");
	}

	@Test
	void prometheusExportsTheContentMeters() {
		String metrics = this.rest.getForObject("/actuator/prometheus", String.class);
		assertThat(metrics).contains("casebook_entries_indexed{kind=\"company\"} 2.0")
			.contains("casebook_reloads_total ")
			.contains("casebook_reload_duration_seconds_count ")
			.contains("casebook_problems{severity=\"error\"} 3.0");
	}

	@Test
	void pagesServedFromTheRenderedPageCacheAreCountedAndCarryTheSecurityHeaders() {
		long before = servedPages();
		for (int i = 0; i < 3; i++) {
			ResponseEntity<String> page = this.rest.getForEntity("/companies/acme", String.class);
			assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(page.getHeaders().getFirst("Content-Security-Policy")).startsWith("default-src 'self'");
		}
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(servedPages() - before).isEqualTo(3));
	}

	private long servedPages() {
		return this.meters.find("http.server.requests")
			.tag("method", "GET")
			.tag("status", "200")
			.timers()
			.stream()
			.mapToLong((timer) -> timer.count())
			.sum();
	}

	@Test
	void everyOtherActuatorEndpointIsNotFound() {
		for (String path : new String[] { "/actuator", "/actuator/env", "/actuator/env/spring.datasource.url",
				"/actuator/beans", "/actuator/configprops", "/actuator/heapdump", "/actuator/threaddump",
				"/actuator/loggers", "/actuator/mappings", "/actuator/conditions", "/actuator/scheduledtasks",
				"/actuator/shutdown", "/actuator/caches", "/actuator/metrics", "/actuator/startup", "/actuator/sbom" }) {
			assertThat(this.rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
		}
	}

}
