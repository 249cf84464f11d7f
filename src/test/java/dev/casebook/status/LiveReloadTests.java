package dev.casebook.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

import dev.casebook.content.TestFolders;
import dev.casebook.web.HtmlPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The watcher end to end: files in a temporary copy of {@code fixtures/content} change, pages
 * follow. Each test works on its own files.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "casebook.watch=true", "casebook.edit-url=https://example.org/edit/main/content/" })
@AutoConfigureTestRestTemplate
class LiveReloadTests {

	private static final Path DIR = copyOfFixtures();

	@Autowired
	private TestRestTemplate rest;

	@DynamicPropertySource
	static void contentDir(DynamicPropertyRegistry registry) {
		registry.add("casebook.content-dir", DIR::toString);
	}

	@Test
	void editedFileShowsUpOnItsPageAndOnPagesLinkingToIt() throws IOException {
		write("companies/globex.md", Files.readString(DIR.resolve("companies/globex.md")).replace("title: Globex",
				"title: Globex Corporation"));
		awaitPage("/companies/globex", (page) -> assertThat(heading(page)).isEqualTo("Globex Corporation"));
		awaitPage("/companies/acme", (page) -> assertThat(page.text()).contains("Globex Corporation"));
	}

	@Test
	void addedRenamedAndDeletedFilesComeAndGoWithTheirRelations() throws IOException {
		write("tools/pipeline.md", "---\ntitle: Pipeline\nsummary: Builds things.\ncompanies: [acme]\n---\n\nIt builds.\n");
		awaitPage("/tools/pipeline", (page) -> assertThat(heading(page)).isEqualTo("Pipeline"));
		awaitPage("/companies/acme", (page) -> assertThat(HtmlPages.links(page, "/tools/pipeline")).isNotEmpty());
		Files.move(DIR.resolve("tools/pipeline.md"), DIR.resolve("tools/conveyor.md"));
		awaitPage("/tools/conveyor", (page) -> assertThat(heading(page)).isEqualTo("Pipeline"));
		awaitStatus("/tools/pipeline", HttpStatus.NOT_FOUND);
		Files.delete(DIR.resolve("tools/conveyor.md"));
		awaitStatus("/tools/conveyor", HttpStatus.NOT_FOUND);
		awaitPage("/companies/acme", (page) -> assertThat(HtmlPages.links(page, "/tools/conveyor")).isEmpty());
	}

	@Test
	void brokenEditKeepsTheLastGoodPageWithABannerUntilFixed() throws IOException {
		write("practices/trunk.md", "---\ntitle: Trunk-based development\nsummary: Everyone commits to main.\n"
				+ "companies: [globex]\n---\n\nSmall changes.\n");
		awaitPage("/practices/trunk", (page) -> assertThat(heading(page)).isEqualTo("Trunk-based development"));
		write("practices/trunk.md", "---\ntitle: [Trunk\nsummary: Broken.\n---\n\nSmall changes.\n");
		awaitPage("/practices/trunk", (page) -> assertThat(page.select(".problem-banner")).isNotEmpty());
		Document stale = page("/practices/trunk");
		assertThat(heading(stale)).isEqualTo("Trunk-based development");
		assertThat(stale.select(".problem-banner").text()).contains("practices/trunk.md:3");
		assertThat(page("/status").text()).contains("practices/trunk.md:3").contains("malformed front matter");
		write("practices/trunk.md", "---\ntitle: Trunk\nsummary: Fixed.\ncompanies: [globex]\n---\n\nSmall changes.\n");
		awaitPage("/practices/trunk", (page) -> assertThat(heading(page)).isEqualTo("Trunk"));
		assertThat(page("/practices/trunk").select(".problem-banner")).isEmpty();
		assertThat(page("/status").text()).doesNotContain("practices/trunk.md");
	}

	@Test
	void entryPagesLinkToTheirSourceFileForEditingAndSayWhenItChanged() {
		Document page = page("/sources/acme-blog");
		assertThat(page.select("a.edit-link").eachAttr("href"))
			.containsExactly("https://example.org/edit/main/content/sources/acme-blog.md");
		Element updated = page.selectFirst(".provenance span:containsOwn(Last updated) time");
		assertThat(updated.attr("datetime")).matches("[0-9T:.Z-]+");
		assertThat(updated.text()).matches("\\d{4}-\\d{2}-\\d{2}");
	}

	@Test
	void statusPageShowsRevisionCountsAndProblems() {
		Document page = page("/status");
		assertThat(heading(page)).isEqualTo("Content status");
		assertThat(page.select("dt").eachText()).contains("Revision", "Companies");
		assertThat(page.text()).contains("companies/acme.md:25").contains("unknown link target 'missing-thing'");
	}

	private Document page(String path) {
		return Jsoup.parse(this.rest.getForObject(path, String.class));
	}

	private static String heading(Document page) {
		return page.select("h1").text();
	}

	private void awaitPage(String path, Consumer<Document> check) {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> check.accept(page(path)));
	}

	private void awaitStatus(String path, HttpStatus status) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.rest.getForEntity(path, String.class).getStatusCode()).isEqualTo(status));
	}

	private static void write(String file, String text) throws IOException {
		Files.writeString(DIR.resolve(file), text);
	}

	private static Path copyOfFixtures() {
		Path dir = TestFolders.inTarget("casebook-live");
		try {
			TestFolders.copy(Path.of("src/test/resources/fixtures/content"), dir);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return dir;
	}

}
