package dev.casebook.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.casebook.content.TestFolders;
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
		awaitPage("/companies/globex", "<h1>Globex Corporation</h1>");
		awaitPage("/companies/acme", "Globex Corporation");
	}

	@Test
	void addedRenamedAndDeletedFilesComeAndGoWithTheirRelations() throws IOException {
		write("tools/pipeline.md", "---\ntitle: Pipeline\nsummary: Builds things.\ncompanies: [acme]\n---\n\nIt builds.\n");
		awaitPage("/tools/pipeline", "<h1>Pipeline</h1>");
		awaitPage("/companies/acme", "href=\"/tools/pipeline\"");
		Files.move(DIR.resolve("tools/pipeline.md"), DIR.resolve("tools/conveyor.md"));
		awaitPage("/tools/conveyor", "<h1>Pipeline</h1>");
		awaitStatus("/tools/pipeline", HttpStatus.NOT_FOUND);
		Files.delete(DIR.resolve("tools/conveyor.md"));
		awaitStatus("/tools/conveyor", HttpStatus.NOT_FOUND);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(page("/companies/acme")).doesNotContain("href=\"/tools/conveyor\""));
	}

	@Test
	void brokenEditKeepsTheLastGoodPageWithABannerUntilFixed() throws IOException {
		write("practices/trunk.md", "---\ntitle: Trunk-based development\nsummary: Everyone commits to main.\n"
				+ "companies: [globex]\n---\n\nSmall changes.\n");
		awaitPage("/practices/trunk", "<h1>Trunk-based development</h1>");
		write("practices/trunk.md", "---\ntitle: [Trunk\nsummary: Broken.\n---\n\nSmall changes.\n");
		awaitPage("/practices/trunk", "class=\"problem-banner\"");
		assertThat(page("/practices/trunk")).contains("<h1>Trunk-based development</h1>")
			.contains("practices/trunk.md:3");
		assertThat(page("/status")).contains("practices/trunk.md:3").contains("malformed front matter");
		write("practices/trunk.md", "---\ntitle: Trunk\nsummary: Fixed.\ncompanies: [globex]\n---\n\nSmall changes.\n");
		awaitPage("/practices/trunk", "<h1>Trunk</h1>");
		assertThat(page("/practices/trunk")).doesNotContain("problem-banner");
		assertThat(page("/status")).doesNotContain("practices/trunk.md");
	}

	@Test
	void entryPagesLinkToTheirSourceFileForEditingAndSayWhenItChanged() {
		assertThat(page("/sources/acme-blog"))
			.contains("<a class=\"edit-link\" href=\"https://example.org/edit/main/content/sources/acme-blog.md\"")
			.containsPattern("Last updated <time datetime=\"[0-9T:.Z-]+\">\\d{4}-\\d{2}-\\d{2}</time>");
	}

	@Test
	void statusPageShowsRevisionCountsAndProblems() {
		assertThat(page("/status")).contains("<h1>Content status</h1>")
			.contains("<dt>Revision</dt>")
			.contains("<dt>Companies</dt>")
			.contains("companies/acme.md:25")
			.contains("unknown link target &#39;missing-thing&#39;");
	}

	private String page(String path) {
		return this.rest.getForObject(path, String.class);
	}

	private void awaitPage(String path, String text) {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(page(path)).contains(text));
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
