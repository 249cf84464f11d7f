package dev.casebook.web;

import ch.qos.logback.classic.Level;
import dev.casebook.KeptLog;
import dev.casebook.model.ToolRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

/**
 * A failure inside the application shows neither stack trace, exception nor message, and is logged
 * with its exception on the server. The tests keep that log entry (instead of printing it) and check it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "casebook.content-dir=src/test/resources/fixtures/content")
class ErrorPageTests {

	@LocalServerPort
	private int port;

	@MockitoBean
	private ToolRepository tools;

	private KeptLog servletErrors;

	@BeforeEach
	void failingRepository() {
		given(this.tools.findBySlug(anyString())).willThrow(new IllegalStateException("secret-detail in /var/lib/db"));
		this.servletErrors = KeptLog.of(KeptLog.SERVLET_ERRORS);
	}

	@AfterEach
	void stopCapturing() {
		this.servletErrors.close();
	}

	@Test
	void htmlErrorPageHasNoDetails() {
		RawHttp.Reply reply = RawHttp.get(this.port, "/tools/chef");
		assertThat(reply.status()).isEqualTo(500);
		assertThat(reply.body()).contains("Something went wrong")
			.doesNotContain("secret-detail")
			.doesNotContain("IllegalStateException")
			.doesNotContain("dev.casebook");
		assertThat(reply.header("Content-Security-Policy")).contains("default-src 'self'");
		assertTheFailureIsLogged();
	}

	@Test
	void jsonErrorHasNoDetails() {
		RawHttp.Reply reply = RawHttp.get(this.port, "/tools/chef", "application/json");
		assertThat(reply.status()).isEqualTo(500);
		assertThat(reply.body()).contains("\"status\":500")
			.doesNotContain("secret-detail")
			.doesNotContain("trace")
			.doesNotContain("exception")
			.doesNotContain("IllegalStateException");
		assertTheFailureIsLogged();
	}

	private void assertTheFailureIsLogged() {
		assertThat(this.servletErrors.logged()).singleElement().satisfies((event) -> {
			assertThat(event.getLoggerName()).endsWith(".[/].[dispatcherServlet]");
			assertThat(event.getLevel()).isEqualTo(Level.ERROR);
			assertThat(event.getThrowableProxy().getMessage()).isEqualTo("secret-detail in /var/lib/db");
		});
	}

}
