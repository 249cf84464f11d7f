package dev.casebook.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import dev.casebook.ReadsDuringWrites;
import dev.casebook.content.ContentIndexer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index follows the content: a changed folder indexed again is what search finds next. The
 * pool has two connections, so searches that waited for a reindex while holding one would starve it.
 */
@SpringBootTest(properties = { "spring.datasource.hikari.maximum-pool-size=2",
		"spring.datasource.hikari.connection-timeout=2000" })
class SearchReindexTests {

	private static final Path CONTENT = tempFolder();

	@Autowired
	private ContentIndexer indexer;

	@Autowired
	private SearchService search;

	@DynamicPropertySource
	static void contentDir(DynamicPropertyRegistry registry) {
		registry.add("casebook.content-dir", CONTENT::toString);
	}

	@Test
	void searchSeesEachReindexWhole() throws IOException {
		assertThat(titles("monkey")).containsExactlyInAnyOrder("Chaos Monkey", "Janitor Monkey", "Chaos engineering");
		Path janitor = CONTENT.resolve("tools/janitor-monkey.md");
		Files.writeString(janitor, Files.readString(janitor).replace("title: Janitor Monkey", "title: Tidy Gorilla"));
		Files.delete(CONTENT.resolve("tools/chaos-monkey.md"));
		this.indexer.index();
		assertThat(titles("monkey")).isEmpty();
		assertThat(titles("gorilla")).containsExactly("Tidy Gorilla");
		assertThat(total()).isEqualTo(10);
	}

	@Test
	void searchSeesAnIncrementalReloadAsSoonAsItReturns() throws IOException {
		Path janitor = CONTENT.resolve("tools/janitor-monkey.md");
		Files.writeString(janitor, Files.readString(janitor)
			.replace("title: Janitor Monkey", "title: Sweeper Monkey")
			.replace("tags: [cleanup, resilience]", "tags: [cleanup, resilience]\ncompanies: [acme]"));
		this.indexer.reload(List.of("tools/janitor-monkey.md"));
		assertThat(titles("sweeper")).containsExactlyInAnyOrder("Sweeper Monkey", "Acme");
		assertThat(titles("janitor")).doesNotContain("Janitor Monkey", "Sweeper Monkey");
		assertThat(this.search.search(SearchRequest.of("", List.of("cleanup"), List.of(), null)).hits())
			.extracting(Hit::title)
			.containsExactly("Sweeper Monkey");
	}

	@Test
	void didYouMeanKnowsTheWordsOfTheLastReload() throws IOException {
		assertThat(suggestion("zzqx gorila")).isNotEqualTo("gorilla");
		Path janitor = CONTENT.resolve("tools/janitor-monkey.md");
		Files.writeString(janitor, Files.readString(janitor).replace("title: Janitor Monkey", "title: Tidy Gorilla"));
		this.indexer.reload(List.of("tools/janitor-monkey.md"));
		assertThat(suggestion("zzqx gorila")).isEqualTo("gorilla");
	}

	@Test
	void searchesDuringAReindexSeeTheOldOrTheNewIndexNeverAHalf() throws Exception {
		long before = total();
		CompletableFuture<Void> reindexing = CompletableFuture.runAsync(() -> {
			for (int i = 0; i < 5; i++) {
				this.indexer.index();
			}
		});
		Set<Long> seen = new HashSet<>();
		while (!reindexing.isDone()) {
			seen.add(total());
		}
		reindexing.get();
		assertThat(seen).containsOnly(before);
	}

	@Test
	void searchesWaitingForAReindexHoldNoConnectionItNeeds() throws Exception {
		ReadsDuringWrites.run(8, () -> assertThat(total()).isEqualTo(11), 5,
				() -> assertThat(this.indexer.index().errors()).isZero());
	}

	/** The corrected text a search with no hits proposes. */
	private String suggestion(String q) {
		SearchResults results = this.search.search(SearchRequest.of(q, List.of(), List.of(), null));
		return results.suggestions().text();
	}

	private long total() {
		return this.search.search(SearchRequest.of("", List.of(), List.of(), null)).total();
	}

	private List<String> titles(String q) {
		return this.search.search(SearchRequest.of(q, List.of(), List.of(), null)).hits().stream().map(Hit::title).toList();
	}

	@BeforeEach
	void freshContent() throws IOException {
		FileSystemUtils.deleteRecursively(CONTENT);
		FileSystemUtils.copyRecursively(Path.of("src/test/resources/fixtures/search"), CONTENT);
		this.indexer.index();
	}

	private static Path tempFolder() {
		try {
			return Files.createTempDirectory("casebook-search").resolve("content");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
