package dev.casebook.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Only harmless Actuator endpoints answer; nothing that reveals configuration, memory or code. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "casebook.content-dir=src/test/resources/fixtures/content")
class ActuatorExposureTests {

	private static final List<String> HIDDEN = List.of("env", "beans", "configprops", "heapdump", "threaddump",
			"loggers", "mappings", "conditions", "scheduledtasks", "shutdown", "caches", "metrics", "startup",
			"sbom", "env/spring.datasource.url");

	@LocalServerPort
	private int port;

	@Test
	void healthAnswers() {
		assertThat(RawHttp.get(this.port, "/actuator/health", "application/json").status()).isEqualTo(200);
	}

	@Test
	void endpointsThatRevealInternalsAreNotExposed() {
		for (String endpoint : HIDDEN) {
			RawHttp.Reply reply = RawHttp.get(this.port, "/actuator/" + endpoint, "application/json");
			assertThat(reply.status()).as(endpoint).isEqualTo(404);
		}
	}

}
