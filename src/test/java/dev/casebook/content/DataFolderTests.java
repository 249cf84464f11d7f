package dev.casebook.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.casebook.CasebookApplication;
import dev.casebook.SlowSuite;
import dev.casebook.model.Entry;
import dev.casebook.model.PracticeRepository;
import dev.casebook.model.ToolRepository;
import dev.casebook.relation.RelationIndexer;
import dev.casebook.search.Hit;
import dev.casebook.search.SearchRequest;
import dev.casebook.search.SearchService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data folder keeps the database and the search indexes between two starts of the application,
 * on a copy of {@code fixtures/insights}: a start on unchanged content uses them as they are; any
 * change of the content between starts, a damaged index file, a store of another build or one that
 * lost an entry, or a run cut short (no seal) makes the next start build them again, and every start
 * serves the files as they are.
 */
@SlowSuite
class DataFolderTests {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures/insights");

	private static final String PLANTED = "Planted title";

	private static final List<String> QUERIES = List.of("failure injector", "outage maker", "rehearsed");

	private final Path content = TestFolders.temporary("casebook-content");

	private final Path data = TestFolders.temporary("casebook-data");

	@BeforeEach
	void copyContent() throws IOException {
		TestFolders.copy(FIXTURES, this.content);
	}

	@AfterEach
	void deleteFolders() throws IOException {
		TestFolders.delete(this.content);
		TestFolders.delete(this.data);
	}

	@Test
	void aStartOnUnchangedContentUsesTheStoreAsItIs() throws SQLException {
		Started first = start();
		plantTitle("monkey");
		Started second = start();
		assertThat(second.ids()).isEqualTo(first.ids());
		assertThat(second.title("monkey")).as("read from the store, not written again").isEqualTo(PLANTED);
		assertThat(second.found("failure injector")).containsExactly("/tools/monkey");
		assertThat(second.related()).isEqualTo(first.related());
	}

	@Test
	void filesChangedAddedRemovedOrRenamedBetweenStartsAreReloadedAndTheRestKept() throws IOException, SQLException {
		start();
		plantTitle("chaos");
		TestFolders.replace(this.content, "tools/monkey.md", "A fictional failure injector.", "A fictional outage maker.");
		Files.writeString(this.content.resolve("practices/game-days.md"),
				"---\ntitle: Game days\nsummary: Rehearsed outages with the whole team.\n---\n\nThey rehearse.\n");
		Files.delete(this.content.resolve("practices/two-pizza.md"));
		Files.move(this.content.resolve("tools/pipeline.md"), this.content.resolve("tools/deploy-pipeline.md"));

		Started second = start();

		assertThat(second.title("chaos")).as("an unchanged file's entry is kept as stored").isEqualTo(PLANTED);
		assertThat(second.title("monkey")).isEqualTo("Chaos Tool");
		assertThat(second.found("outage maker")).containsExactly("/tools/monkey");
		assertThat(second.found("failure injector")).isEmpty();
		assertThat(second.found("rehearsed")).containsExactly("/practices/game-days");
		assertThat(second.practices()).contains("game-days").doesNotContain("two-pizza");
		assertThat(second.tools()).containsExactlyInAnyOrder("monkey", "deploy-pipeline");
		assertThat(second.related()).isEqualTo(freshIndex().related());
		plantTitle("chaos");
		assertThat(start().title("chaos")).as("sealed again after the reload").isEqualTo(PLANTED);
	}

	@Test
	void copiesThatAreNotWhatTheSealNamesMakeAFullIndex() throws IOException, SQLException {
		start();
		plantTitle("monkey");
		TestFolders.replace(this.data, "files/tools/monkey.md", "It breaks", "It mends");
		TestFolders.replace(this.content, "tools/pipeline.md", "title: Pipeline", "title: Deploy Pipeline");
		assertThat(start().title("monkey")).isEqualTo("Chaos Tool");
	}

	@Test
	void aTruncatedSearchIndexFileIsDiscardedAndTheStoreBuiltAgain() throws IOException, SQLException {
		start();
		plantTitle("monkey");
		Path largest = filesUnder(this.data.resolve("lucene")).max(Comparator.comparingLong(DataFolderTests::size))
			.orElseThrow();
		Files.write(largest, Arrays.copyOf(Files.readAllBytes(largest), (int) size(largest) / 2));

		Started second = start();

		assertThat(second.title("monkey")).isEqualTo("Chaos Tool");
		assertThat(second.found("failure injector")).containsExactly("/tools/monkey");
	}

	@Test
	void aStoreSealedByAnotherBuildIsDiscarded() throws IOException, SQLException {
		start();
		plantTitle("monkey");
		TestFolders.replace(this.data, "seal.txt", "\nbuild ", "\nbuild 0.0.1 ");
		assertThat(start().title("monkey")).isEqualTo("Chaos Tool");
	}

	@Test
	void aStoreWithoutItsSealAsARunCutShortLeavesItIsDiscarded() throws IOException, SQLException {
		start();
		plantTitle("monkey");
		Files.delete(this.data.resolve("seal.txt"));
		assertThat(start().title("monkey")).isEqualTo("Chaos Tool");
		assertThat(this.data.resolve("seal.txt")).as("sealed again after the run").exists();
	}

	@Test
	void aStoreChangedByALiveReloadIsBuiltAgainAtTheNextStart() throws IOException, SQLException {
		start();
		TestFolders.replace(this.content, "tools/pipeline.md", "title: Pipeline", "title: Deploy Pipeline");
		start((app) -> app.getBean(ContentIndexer.class).reload(List.of("tools/pipeline.md")));
		assertThat(this.data.resolve("seal.txt")).doesNotExist();
		plantTitle("monkey");
		assertThat(start().title("monkey")).isEqualTo("Chaos Tool");
	}

	@Test
	void aStoreThatNoLongerHoldsTheSealedEntriesIsBuiltAgain() throws SQLException {
		start();
		plantTitle("monkey");
		changeStore("update entry set slug = 'lost' where slug = 'pipeline'");

		Started second = start();

		assertThat(second.tools()).containsExactlyInAnyOrder("monkey", "pipeline");
		assertThat(second.title("monkey")).isEqualTo("Chaos Tool");
	}

	/** Changes a title in the stopped store behind the application's back: only a kept store shows it. */
	private void plantTitle(String slug) throws SQLException {
		changeStore("update entry set title = '" + PLANTED + "' where slug = '" + slug + "'");
	}

	/** Runs {@code update} on the stopped store, which must change one row. */
	private void changeStore(String update) throws SQLException {
		try (Connection connection = DriverManager.getConnection(
				"jdbc:h2:file:" + this.data.toAbsolutePath().resolve("h2/casebook") + ";IFEXISTS=TRUE", "sa", "")) {
			assertThat(connection.createStatement().executeUpdate(update)).isEqualTo(1);
		}
	}

	/** Starts the application on the content and data folders, reads what it serves and stops it. */
	private Started start() {
		return start((app) -> {
		});
	}

	/** Starts the application on the data folder and does {@code action} before reading what it serves. */
	private Started start(Consumer<ConfigurableApplicationContext> action) {
		return start(action, "--casebook.keep-index=true", "--casebook.data-dir=" + this.data);
	}

	/** The same content indexed in memory, for comparison. */
	private Started freshIndex() {
		return start((app) -> {
		}, "--casebook.keep-index=false");
	}

	private Started start(Consumer<ConfigurableApplicationContext> action, String... store) {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CasebookApplication.class)
			.web(WebApplicationType.NONE)
			.run(Stream.concat(Stream.of("--casebook.content-dir=" + this.content), Stream.of(store))
				.toArray(String[]::new))) {
			action.accept(app);
			ToolRepository tools = app.getBean(ToolRepository.class);
			PracticeRepository practices = app.getBean(PracticeRepository.class);
			SearchService search = app.getBean(SearchService.class);
			RelationIndexer relations = app.getBean(RelationIndexer.class);
			List<Long> ids = Stream.concat(tools.findAllByOrderBySortTitle().stream(), practices.findAllByOrderBySortTitle().stream())
				.map(Entry::getId)
				.sorted()
				.toList();
			Map<String, List<String>> found = QUERIES.stream()
				.collect(Collectors.toMap(Function.identity(),
						(query) -> search.search(SearchRequest.of(query, List.of(), List.of(), null))
							.hits()
							.stream()
							.map(Hit::path)
							.toList()));
			Map<String, String> titles = Stream.concat(tools.findAllByOrderBySortTitle().stream(),
					practices.findAllByOrderBySortTitle().stream())
				.collect(Collectors.toMap(Entry::getSlug, Entry::getTitle));
			return new Started(ids, titles, tools.findAllByOrderBySortTitle().stream().map(Entry::getSlug).toList(),
					practices.findAllByOrderBySortTitle().stream().map(Entry::getSlug).toList(), found,
					relations.current()
						.nodes()
						.stream()
						.map((node) -> node.slug() + " " + relations.current().relations(node.slug()))
						.toList());
		}
	}

	private static Stream<Path> filesUnder(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(Files::isRegularFile).toList().stream();
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What one start served: its entries' ids and slugs, the answers to {@link #QUERIES}, every relation. */
	private record Started(List<Long> ids, Map<String, String> titles, List<String> tools, List<String> practices,
			Map<String, List<String>> answers, List<String> related) {

		List<String> found(String query) {
			return this.answers.get(query);
		}

		String title(String slug) {
			return this.titles.get(slug);
		}

	}

}
