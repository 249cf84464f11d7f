package dev.casebook.web;

import java.util.List;

import dev.casebook.content.ActiveContent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Security headers on every kind of response, and no inline script or style in any page. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "casebook.content-dir=src/test/resources/fixtures/content")
class SecurityHeadersTests {

	private static final List<String> PAGES = List.of("/", "/companies", "/companies/acme", "/tools", "/tools/deployer",
			"/practices", "/practices/canary-release", "/sources", "/sources/acme-blog", "/tags", "/tags/deployment");

	@LocalServerPort
	private int port;

	@Test
	void everyResponseCarriesTheSecurityHeaders() {
		for (String target : List.of("/", "/tools/deployer", "/assets/css/casebook.css", "/tools/nope", "/no/such/page",
				"/tools/a%00b", "/tools/%zz")) {
			RawHttp.Reply reply = RawHttp.get(this.port, target);
			assertThat(reply.header("Content-Security-Policy")).as(target)
				.isEqualTo("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' http: https:; "
						+ "font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
						+ "base-uri 'self'; form-action 'self'");
			assertThat(reply.header("X-Content-Type-Options")).as(target).isEqualTo("nosniff");
			assertThat(reply.header("Referrer-Policy")).as(target).isEqualTo("strict-origin-when-cross-origin");
			assertThat(reply.header("X-Frame-Options")).as(target).isEqualTo("DENY");
			assertThat(reply.header("Permissions-Policy")).as(target).contains("camera=()");
		}
	}

	@Test
	void policyAllowsNoInlineCodeAndNoFraming() {
		String policy = RawHttp.get(this.port, "/").header("Content-Security-Policy");
		assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").contains("frame-ancestors 'none'");
	}

	@Test
	void pagesHaveNoInlineScriptStyleOrHandlers() {
		for (String page : PAGES) {
			RawHttp.Reply reply = RawHttp.get(this.port, page);
			assertThat(reply.status()).as(page).isEqualTo(200);
			ActiveContent.assertNoneIn(reply.body());
		}
	}

}
