package dev.casebook.web;

import java.util.List;

import dev.casebook.SlowSuite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Traversal attempts, encoded slashes and malformed escapes in slugs are plain 404s without details. */
@SlowSuite
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "casebook.content-dir=src/test/resources/fixtures/content")
class HostileAddressTests {

	private static final List<String> TARGETS = List.of("/tools/..%2F..%2Fetc%2Fpasswd", "/tools/..%2f..%2fetc%2fpasswd",
			"/tools/%2e%2e", "/tools/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/tools/%2e%2e/%2e%2e/etc/passwd",
			"/tools/..%252F..%252Fetc%252Fpasswd", "/tools/a%00b", "/tools/%00", "/tools/deployer%00.md",
			"/tools/..;/..;/etc/passwd", "/tools/%c0%ae%c0%ae/etc/passwd", "/tools/..%5c..%5cetc%5cpasswd",
			"/tools/..\\..\\etc\\passwd", "/tools/%", "/tools/%zz", "/tags/%ff%fe", "/tools/`", "/companies/acme%2F",
			"/assets/css/..%2f..%2fapplication.properties", "/assets/css/%2e%2e/%2e%2e/application.properties",
			"/%2e%2e/%2e%2e/etc/passwd", "/tools%2f..%2f..%2fetc%2fpasswd", "/tools/a%0d%0aSet-Cookie:%20x=1",
			"/tools/" + "a".repeat(2_000), "/tools/" + "a".repeat(20_000), "/tags/" + "%2e".repeat(5_000));

	@LocalServerPort
	private int port;

	@Test
	void traversalAndMalformedSlugsAreNotFound() {
		for (String target : TARGETS) {
			RawHttp.Reply reply = RawHttp.get(this.port, target);
			String shown = target.substring(0, Math.min(target.length(), 80));
			assertThat(reply.status()).as(shown).isEqualTo(404);
			assertThat(reply.body()).as(shown)
				.doesNotContainIgnoringCase("exception")
				.doesNotContain("root:")
				.doesNotContain("spring.")
				.doesNotContainPattern("\\bat [a-z]+\\.[a-z]+\\.");
			assertThat(reply.header("Set-Cookie")).as(shown).isNull();
		}
	}

	@Test
	void anEncodedSlashNeverReachesAnotherPage() {
		RawHttp.Reply reply = RawHttp.get(this.port, "/tools/..%2Fcompanies%2Facme");
		assertThat(reply.status()).isEqualTo(404);
		Document page = Jsoup.parse(reply.body());
		assertThat(page.text()).contains("Page not found");
		assertThat(page.select("h1").eachText()).isNotEmpty().doesNotContain("Acme Corp");
	}

}
