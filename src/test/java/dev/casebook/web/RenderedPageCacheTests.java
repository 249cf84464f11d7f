package dev.casebook.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import dev.casebook.core.Revision;
import dev.casebook.core.Revisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(RenderedPageCacheTests.Pages.class)
@Import({ RenderedPageCacheTests.Pages.class, RenderedPageCacheTests.Runs.class })
class RenderedPageCacheTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Runs runs;

	@Autowired
	private Pages pages;

	@Test
	void pageIsServedFromCacheUntilTheNextIndexRun() {
		indexed(1);
		this.pages.title = "Chef One";
		assertThat(this.mvc.get().uri("/tools/chef")).hasStatusOk().bodyText().contains("Chef One");
		this.pages.title = "Chef Two";
		assertThat(this.mvc.get().uri("/tools/chef")).hasStatusOk().bodyText().contains("Chef One");
		indexed(2);
		assertThat(this.mvc.get().uri("/tools/chef")).hasStatusOk().bodyText().contains("Chef Two");
	}

	@Test
	void nothingIsCachedBeforeTheFirstIndexRun() {
		MockMvcTester mvc = MockMvcTester
			.create(MockMvcBuilders.standaloneSetup(this.pages).addFilters(new RenderedPageCache(new Runs())).build());
		this.pages.title = "Chef One";
		assertThat(mvc.get().uri("/tools/chef")).hasStatusOk().bodyText().contains("Chef One");
		this.pages.title = "Chef Two";
		assertThat(mvc.get().uri("/tools/chef")).hasStatusOk().bodyText().contains("Chef Two");
	}

	@Test
	void keptPagesWeighNoMoreThanTheBoundAndAPageAskedForOftenOutlivesABurstOfPagesAskedForOnce() {
		long maxBytes = 64 * 1024;
		Runs runs = new Runs();
		RenderedPageCache cache = new RenderedPageCache(runs, maxBytes, Runnable::run);
		Pages pages = new Pages();
		MockMvcTester mvc = MockMvcTester.create(MockMvcBuilders.standaloneSetup(pages).addFilters(cache).build());
		runs.indexed(1);
		pages.title = "Kept";
		List<byte[]> bodies = new ArrayList<>();
		for (int n = 0; n < 300; n++) {
			bodies.add(mvc.get().uri("/pages/{n}", n).exchange().getResponse().getContentAsByteArray());
			if (n == 20) {
				// Half full by now, the point from which Caffeine counts how often each page is asked for.
				for (int hit = 0; hit < 10; hit++) {
					assertThat(mvc.get().uri("/pages/0")).hasStatusOk();
				}
			}
		}
		// Pages rendered from now on are 404s, which are not kept: asking again tells what was kept.
		pages.title = null;
		List<Integer> kept = new ArrayList<>();
		long keptBytes = 0;
		for (int n = 0; n < 300; n++) {
			if (mvc.get().uri("/pages/{n}", n).exchange().getResponse().getStatus() == 200) {
				kept.add(n);
				keptBytes += bodies.get(n).length + Gzip.compress(bodies.get(n)).length;
			}
		}
		assertThat(keptBytes).isLessThanOrEqualTo(maxBytes);
		assertThat(kept).as("the page asked for often, and some of the rest").contains(0).hasSizeGreaterThan(1);
	}

	@Test
	void currentEtagGetsNotModifiedAndAnOldOneTheNewPage() {
		indexed(1);
		this.pages.title = "Chef One";
		MvcTestResult first = this.mvc.get().uri("/tools/chef").exchange();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).as("weak: the plain and the gzipped page share it").startsWith("W/\"");
		assertThat(first.getResponse().getHeader("Last-Modified")).isNotBlank();
		assertThat(this.mvc.get().uri("/tools/chef").header("If-None-Match", etag)).hasStatus(304);
		indexed(2);
		assertThat(this.mvc.get().uri("/tools/chef").header("If-None-Match", etag)).hasStatusOk()
			.bodyText()
			.contains("Chef One");
	}

	@Test
	void clientsThatTakeGzipGetTheKeptPageCompressedOthersPlain() throws IOException {
		indexed(1);
		this.pages.title = "Chef One";
		for (int i = 0; i < 2; i++) {
			MvcTestResult gzipped = this.mvc.get().uri("/tools/chef").header("Accept-Encoding", "br, gzip;q=0.8").exchange();
			assertThat(gzipped.getResponse().getHeader("Content-Encoding")).as("request %d", i).isEqualTo("gzip");
			assertThat(gzipped.getResponse().getHeaders("Vary")).contains("Accept-Encoding");
			assertThat(gunzip(gzipped.getResponse().getContentAsByteArray())).isEqualTo("<p>Chef One</p>");
		}
		for (String refused : new String[] { "gzip;q=0", "identity", "*;q=0", "gzip;q=0, *" }) {
			MvcTestResult plain = this.mvc.get().uri("/tools/chef").header("Accept-Encoding", refused).exchange();
			assertThat(plain.getResponse().getHeader("Content-Encoding")).as(refused).isNull();
			assertThat(plain.getResponse().getContentAsString()).as(refused).isEqualTo("<p>Chef One</p>");
		}
		MvcTestResult plain = this.mvc.get().uri("/tools/chef").exchange();
		assertThat(plain.getResponse().getHeader("Content-Encoding")).isNull();
		assertThat(plain.getResponse().getHeaders("Vary")).contains("Accept-Encoding");
	}

	private static String gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void missingPagesAreNotKept() {
		indexed(1);
		this.pages.title = null;
		assertThat(this.mvc.get().uri("/tools/chef")).hasStatus(404);
		this.pages.title = "Chef One";
		assertThat(this.mvc.get().uri("/tools/chef")).hasStatusOk().bodyText().contains("Chef One");
	}

	@Test
	void operationsAndApiAnswersAreNotKept() {
		indexed(1);
		this.pages.title = "Chef One";
		assertThat(this.mvc.get().uri("/api/chef")).hasStatusOk().bodyText().contains("Chef One");
		this.pages.title = "Chef Two";
		assertThat(this.mvc.get().uri("/api/chef")).hasStatusOk().bodyText().contains("Chef Two");
	}

	@Test
	void pagesAreKeptPerQueryStringUntilTheNextIndexRun() {
		indexed(1);
		this.pages.title = "Chef One";
		assertThat(this.mvc.get().uri("/search?q=chef")).hasStatusOk().bodyText().contains("Chef One for chef");
		this.pages.title = "Chef Two";
		assertThat(this.mvc.get().uri("/search?q=chef")).hasStatusOk().bodyText().contains("Chef One for chef");
		assertThat(this.mvc.get().uri("/search?q=chef&tag=x")).hasStatusOk().bodyText().contains("Chef Two for chef");
		assertThat(this.mvc.get().uri("/search").param("q", "chef&tag=x")).hasStatusOk()
			.bodyText()
			.as("a value that spells other parameters is another page")
			.contains("Chef Two for chef&tag=x");
		indexed(2);
		assertThat(this.mvc.get().uri("/search?q=chef")).hasStatusOk().bodyText().contains("Chef Two for chef");
	}

	@Test
	void aPageRenderedForAnotherHostNeverReachesAClientOfThisOne() {
		indexed(1);
		assertThat(this.mvc.get().uri("/companies/acme").header("Host", "forged.example")).hasStatusOk()
			.bodyText().contains("forged.example");
		assertThat(this.mvc.get().uri("/companies/acme")).hasStatusOk()
			.bodyText().contains("http://localhost").doesNotContain("forged.example");
	}

	/** A new index run, which also drops every page the previous test left in the shared cache. */
	private void indexed(long revision) {
		this.runs.indexed(revision);
	}

	/** The revisions the cache sees: none until a test says a run has finished. */
	static class Runs implements Revisions {

		/** Every run finishes a second after the one before, so no two share a revision. */
		private static final AtomicLong SECONDS = new AtomicLong(1_700_000_000L);

		private volatile Revision revision = Revision.NONE;

		void indexed(long number) {
			this.revision = new Revision(number, Instant.ofEpochSecond(SECONDS.incrementAndGet()));
		}

		@Override
		public Revision revision() {
			return this.revision;
		}

	}

	/**
	 * Serves a tool page, a company page, a search page, numbered pages of different sizes and an API answer
	 * with whatever title the test sets; no title is a 404.
	 */
	@Controller
	static class Pages {

		volatile String title;

		@GetMapping(path = "/tools/{slug}", produces = "text/html")
		@ResponseBody
		String page(@PathVariable String slug) {
			if (this.title == null) {
				throw new EntryNotFoundException("tool '" + slug + "'");
			}
			return "<p>" + this.title + "</p>";
		}

		/** A page that names the address it was asked for, as canonical links and social cards do. */
		@GetMapping(path = "/companies/{slug}", produces = "text/html")
		@ResponseBody
		String addressed(@PathVariable String slug) {
			return "<p>" + ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + "</p>";
		}

		/** Between 1 and 4 KB, so pages differ in weight and not only in number. */
		@GetMapping(path = "/pages/{n}", produces = "text/html")
		ResponseEntity<String> numbered(@PathVariable int n) {
			if (this.title == null) {
				return ResponseEntity.notFound().build();
			}
			return ResponseEntity.ok()
				.contentType(MediaType.TEXT_HTML)
				.body("<p>" + this.title + " " + n + "</p>" + "x".repeat(1024 * (1 + n % 4)));
		}

		@GetMapping(path = "/api/chef", produces = "text/html")
		@ResponseBody
		String api() {
			return "<p>" + this.title + "</p>";
		}

		@GetMapping(path = "/search", produces = "text/html")
		@ResponseBody
		String search(@RequestParam String q) {
			return "<p>" + this.title + " for " + q + "</p>";
		}

	}

}
