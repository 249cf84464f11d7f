package dev.casebook.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.casebook.content.ContentIndexer;
import dev.casebook.content.TestFolders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What pages say about broken files: a file that never read cleanly explains its 404, a file whose
 * edit broke keeps its last good page with a banner that says so, a file with warnings only is
 * shown as it is; every such notice, and the footer, links to {@code /status}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProblemPagesTests {

	private static final Path DIR = TestFolders.temporary("casebook-problems");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ContentIndexer indexer;

	@DynamicPropertySource
	static void contentDir(DynamicPropertyRegistry registry) throws IOException {
		write("tools/deployer.md", "---\ntitle: Deployer\nsummary: Ships code.\ncompanies: [newco]\n---\nDeploys [[globex]].\n");
		write("companies/globex.md", "---\ntitle: Globex\nsummary: Makes things.\ntools: [deployer]\n---\nUses it.\n");
		write("companies/newco.md", "---\ntitle: NewCo\nsummary: S.\nfounded: soon\n---\nUses [[nothing-here]].\n");
		write("sources/lonely.md", "---\ntitle: Lonely\nsummary: Nobody cites it.\npublished: undated\n---\nText.\n");
		registry.add("casebook.content-dir", DIR::toString);
	}

	@AfterAll
	static void delete() throws IOException {
		TestFolders.delete(DIR);
	}

	@Test
	void aFileThatNeverReadCleanlyNamesItselfAndItsProblemsOnTheNotFoundPage() {
		MvcTestResult result = this.mvc.get().uri("/companies/newco").exchange();
		assertThat(result).hasStatus(404);
		Document page = Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
		assertThat(page.select(".problem-banner").text()).contains("companies/newco.md")
			.contains("has never been read without errors");
		assertThat(page.select(".problem-banner .problems li").eachText()).anySatisfy(
				(problem) -> assertThat(problem).contains("companies/newco.md:4").contains("'founded' must be a whole number"))
			.anySatisfy((problem) -> assertThat(problem).contains("unknown link target 'nothing-here'"));
		assertThat(page.select(".problem-banner a[href=/status]")).isNotEmpty();
	}

	@Test
	void anEditThatBreaksAPageKeepsItsLastGoodVersionAndSaysSo() throws IOException {
		write("companies/globex.md", "---\ntitle: [Globex\nsummary: Makes things.\n---\nUses it.\n");
		this.indexer.reload(List.of("companies/globex.md"));
		try {
			Document page = page("/companies/globex");
			assertThat(page.select("h1").text()).isEqualTo("Globex");
			assertThat(page.select(".problem-banner").text()).contains("companies/globex.md")
				.contains("shows its last version that could be read");
			assertThat(page.select(".problem-banner a[href=/status]")).isNotEmpty();
		}
		finally {
			write("companies/globex.md", "---\ntitle: Globex\nsummary: Makes things.\ntools: [deployer]\n---\nUses it.\n");
			this.indexer.reload(List.of("companies/globex.md"));
		}
	}

	@Test
	void aFileWithWarningsOnlyIsShownAsItIs() {
		Document page = page("/sources/lonely");
		assertThat(page.select(".problem-banner").text()).contains("1 problem").contains("shows the file as it is now")
			.doesNotContain("last version");
	}

	@Test
	void everyPageLinksToTheStatusPageInItsFooter() {
		assertThat(page("/companies/globex").select("footer a[href=/status]")).isNotEmpty();
	}

	@Test
	void theStatusPageListsTheProblemsOfUnservedFilesToo() {
		assertThat(page("/status").select(".problems li").eachText()).anySatisfy(
				(problem) -> assertThat(problem).contains("tools/deployer.md:4").contains("companies/newco.md defines it"));
	}

	private Document page(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	private static void write(String file, String text) throws IOException {
		Files.createDirectories(DIR.resolve(file).getParent());
		Files.writeString(DIR.resolve(file), text);
	}

}
