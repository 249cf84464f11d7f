package dev.casebook.relation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.casebook.content.ContentIndexer;
import dev.casebook.content.TestFolders;
import dev.casebook.core.RelationType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a reload the relation index is updated from the entries the reload changed: it must equal
 * the index built from scratch for the same files, edit after edit, on a temporary copy of
 * {@code fixtures/insights}.
 */
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import(IndexedInsights.class)
class RelationIndexerReloadTests {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures/insights");

	private static final Path DIR = TestFolders.temporary("casebook-relations");

	@Autowired
	private ContentIndexer indexer;

	@Autowired
	private RelationIndexer relations;

	@DynamicPropertySource
	static void contentDir(DynamicPropertyRegistry registry) {
		registry.add("casebook.content-dir", DIR::toString);
	}

	@BeforeEach
	void restore() throws IOException {
		TestFolders.copy(FIXTURES, DIR);
		this.indexer.index();
	}

	@AfterAll
	static void delete() throws IOException {
		TestFolders.delete(DIR);
	}

	@Test
	void reloadedIndexEqualsOneBuiltFromScratchAfterEveryKindOfEdit() throws IOException {
		replace("tools/pipeline.md", "title: Pipeline", "title: Deploy Pipeline\naliases: [Pipeline]");
		replace("tools/pipeline.md", "practices: [canary]", "practices: [chaos]");
		replace("tools/pipeline.md", "Pipeline deploys code.", "## Users\n\nPipeline deploys code for [[gamma]].");
		reloadMatchesFullIndex("tools/pipeline.md");

		write("practices/feature-flags.md", "---\ntitle: Feature flags\nsummary: Switch code on at run time.\n"
				+ "tags: [delivery, switches]\ncompanies: [gamma]\nrelated: [canary]\n---\n\n"
				+ "## Tools\n\nThe [[monkey]] tests them.\n");
		reloadMatchesFullIndex("practices/feature-flags.md");

		replace("companies/alpha.md", "Alpha reached twenty deploys a day.",
				"Alpha put Feature flags and the Monkey around twenty deploys a day.");
		replace("companies/alpha.md", "tools: [pipeline, monkey]", "tools: [monkey]");
		reloadMatchesFullIndex("companies/alpha.md");

		replace("practices/chaos.md", "title: Chaos Engineering", "title: Chaos Engineering\nrelated: [canary]");
		reloadMatchesFullIndex("practices/chaos.md");

		Files.move(DIR.resolve("tools/monkey.md"), DIR.resolve("tools/chaos-monkey.md"));
		reloadMatchesFullIndex("tools/monkey.md", "tools/chaos-monkey.md");

		Files.move(DIR.resolve("practices/canary.md"), DIR.resolve("tools/canary.md"));
		reloadMatchesFullIndex("practices", "tools");

		Files.delete(DIR.resolve("sources/blog.md"));
		reloadMatchesFullIndex("sources/blog.md");

	}

	@Test
	void brokenEditLeavesTheIndexAsItWas() throws IOException {
		List<String> before = describe(this.relations.current());
		replace("companies/beta.md", "title: Beta", "title: [Beta");
		this.indexer.reload(List.of("companies/beta.md")).orElseThrow();
		assertThat(describe(this.relations.current())).containsExactlyElementsOf(before);
	}

	@Test
	void entriesAReloadLeavesAloneAreCarriedOver() throws IOException {
		RelationIndex before = this.relations.current();
		replace("practices/two-pizza.md", "Small teams.", "Small teams, see [[gamma]].");
		this.indexer.reload(List.of("practices/two-pizza.md")).orElseThrow();
		RelationIndex after = this.relations.current();
		assertThat(after).isNotSameAs(before);
		assertThat(after.node("beta")).get().isSameAs(before.node("beta").orElseThrow());
		assertThat(after.node("two-pizza")).get().isNotSameAs(before.node("two-pizza").orElseThrow());
		assertThat(after.related("gamma", Relation.inverseOf(RelationType.LINKS_TO))).containsExactly("two-pizza");
		assertThat(after.related("alpha", Relation.of(RelationType.USES))).containsExactly("monkey", "pipeline");
	}

	@Test
	void aFileWrittenAgainWithTheSameBytesChangesNothing() throws IOException {
		RelationIndex before = this.relations.current();
		Path beta = DIR.resolve("companies/beta.md");
		Files.write(beta, Files.readAllBytes(beta));
		this.indexer.reload(List.of("companies/beta.md")).orElseThrow();
		RelationIndex after = this.relations.current();
		assertThat(after).isNotSameAs(before);
		assertThat(after.node("beta")).get().as("carried over, not read again").isSameAs(before.node("beta").orElseThrow());
		assertThat(describe(after)).containsExactlyElementsOf(describe(before));
	}

	private void reloadMatchesFullIndex(String... paths) {
		this.indexer.reload(List.of(paths)).orElseThrow();
		List<String> reloaded = describe(this.relations.current());
		this.indexer.index();
		assertThat(reloaded).as("after reloading %s", List.of(paths))
			.containsExactlyElementsOf(describe(this.relations.current()));
	}

	/** Everything the index answers: nodes in order, their relations, passages, then every event. */
	private static List<String> describe(RelationIndex index) {
		List<String> lines = new ArrayList<>();
		for (Node node : index.nodes()) {
			lines.add(node.toString());
			index.relations(node.slug()).forEach((relation, slugs) -> lines.add(relation.key() + " " + slugs));
			for (Node other : index.nodes()) {
				index.passage(node.slug(), other.slug()).ifPresent((passage) -> lines.add("passage " + passage));
			}
		}
		index.events().forEach((event) -> lines.add(event.toString()));
		return lines;
	}

	private static void replace(String file, String from, String to) throws IOException {
		TestFolders.replace(DIR, file, from, to);
	}

	private static void write(String file, String text) throws IOException {
		Files.writeString(DIR.resolve(file), text);
	}

}
