package dev.casebook.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.casebook.core.RelationType;
import dev.casebook.CasebookProperties;
import dev.casebook.core.IndexReport;
import dev.casebook.core.Problem;
import dev.casebook.model.Company;
import dev.casebook.model.CompanyRepository;
import dev.casebook.model.Entry;
import dev.casebook.model.PracticeRepository;
import dev.casebook.model.Tag;
import dev.casebook.model.Tool;
import dev.casebook.model.ToolRepository;
import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** Reloads of a temporary copy of {@code fixtures/content}, restored before each test. */
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ ContentIndexer.class, ContentLoader.class, EntryFileParser.class, Markdown.class, EntityWriter.class,
		EntityUpdater.class, ContentStore.class, ContentLock.class })
@EnableConfigurationProperties(CasebookProperties.class)
class ContentReloadTests {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures/content");

	private static final Path DIR = TestFolders.temporary("casebook-reload");

	@Autowired
	private ContentIndexer indexer;

	@Autowired
	private CompanyRepository companies;

	@Autowired
	private ToolRepository tools;

	@Autowired
	private PracticeRepository practices;

	@Autowired
	private EntityManager entityManager;

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
	@Transactional
	void editUpdatesTheEntryInPlaceAndRerendersPagesShowingItsTitle() throws IOException {
		Long id = this.tools.findBySlug("deployer").orElseThrow().getId();
		long revision = this.indexer.lastReport().orElseThrow().revision();
		replace("tools/deployer.md", "title: Deployer", "title: Deployer Pro");
		IndexReport report = reload("tools/deployer.md");
		Tool deployer = this.tools.findBySlug("deployer").orElseThrow();
		assertThat(deployer.getId()).isEqualTo(id);
		assertThat(deployer.getTitle()).isEqualTo("Deployer Pro");
		assertThat(deployer.origins(RelationType.USES)).extracting(Entry::getSlug).containsExactlyInAnyOrder("acme", "globex");
		assertThat(HtmlFragment.parse(this.companies.findBySlug("acme").orElseThrow().getBodyHtml())
			.select("a[href=/tools/deployer]")
			.eachText()).contains("Deployer Pro");
		assertThat(report.revision()).isEqualTo(revision + 1);
	}

	@Test
	@Transactional
	void addedFileResolvesLinksThatWereBrokenAndJoinsItsRelations() throws IOException {
		Files.writeString(DIR.resolve("tools/missing-thing.md"),
				"---\ntitle: Missing thing\nsummary: Now it exists.\ncompanies: [globex]\n---\n\nIt is here.\n");
		IndexReport report = reload("tools/missing-thing.md");
		Element acme = HtmlFragment.parse(this.companies.findBySlug("acme").orElseThrow().getBodyHtml());
		assertThat(acme.select("a.entry-link[href=/tools/missing-thing][data-kind=tool]").eachText())
			.containsExactly("Missing thing");
		assertThat(this.companies.findBySlug("globex").orElseThrow().getTools()).extracting(Tool::getSlug)
			.containsExactlyInAnyOrder("deployer", "missing-thing");
		assertThat(this.tools.findBySlug("missing-thing").orElseThrow().origins(RelationType.LINKS_TO)).extracting(Entry::getSlug)
			.containsExactly("acme");
		assertThat(report.problemsIn("companies/acme.md")).isEmpty();
	}

	@Test
	@Transactional
	void deletedFileTakesItsRelationsAndBacklinksAlong() throws IOException {
		Files.delete(DIR.resolve("practices/blue-green.md"));
		IndexReport report = reload("practices/blue-green.md");
		assertThat(this.practices.findBySlug("blue-green")).isEmpty();
		assertThat(this.tools.findBySlug("deployer").orElseThrow().targets(RelationType.SUPPORTS)).isEmpty();
		assertThat(this.practices.findBySlug("canary-release").orElseThrow().targets(RelationType.RELATED)).isEmpty();
		assertThat(report.problemsIn("practices/canary-release.md")).extracting(Problem::toString)
			.containsExactly("practices/canary-release.md:5: error: 'related' names unknown practice 'blue-green'");
	}

	@Test
	@Transactional
	void deletedSourceTakesTheFiguresCitingIt() throws IOException {
		Files.delete(DIR.resolve("sources/acme-blog.md"));
		reload("sources");
		Company acme = this.companies.findBySlug("acme").orElseThrow();
		assertThat(acme.getMetrics()).isEmpty();
		assertThat(acme.getTimeline()).isEmpty();
		assertThat(acme.getSources()).isEmpty();
	}

	@Test
	@Transactional
	void renamedFileMovesTheEntryAndFreesItsSlug() throws IOException {
		Files.move(DIR.resolve("tools/deployer.md"), DIR.resolve("tools/shipper.md"));
		reload("tools/deployer.md", "tools/shipper.md");
		Tool shipper = this.tools.findBySlug("shipper").orElseThrow();
		assertThat(shipper.origins(RelationType.USES)).extracting(Entry::getSlug).containsExactly("globex");
		assertThat(shipper.getCreatedBy()).map(Company::getSlug).contains("acme");
		Tool deployer = this.tools.findBySlug("deployer").orElseThrow();
		assertThat(deployer.getTitle()).as("the duplicate that was skipped").isEqualTo("Deployer copy");
		assertThat(deployer.origins(RelationType.USES)).extracting(Entry::getSlug).containsExactly("acme");
	}

	@Test
	@Transactional
	void fileMovedToAnotherKindIsStoredAsThatKind() throws IOException {
		Files.move(DIR.resolve("practices/blue-green.md"), DIR.resolve("tools/blue-green.md"));
		IndexReport report = reload("practices", "tools");
		assertThat(this.practices.findBySlug("blue-green")).isEmpty();
		assertThat(this.tools.findBySlug("blue-green").orElseThrow().getTags()).isNotEmpty();
		assertThat(report.problemsIn("tools/deployer.md")).extracting(Problem::message)
			.containsExactly("'practices' must name a practice, but 'blue-green' is a tool");
	}

	@Test
	@Transactional
	void brokenEditKeepsTheLastGoodVersionUntilFixed() throws IOException {
		replace("tools/deployer.md", "title: Deployer", "title: [Deployer");
		IndexReport broken = reload("tools/deployer.md");
		assertThat(this.tools.findBySlug("deployer").orElseThrow().getTitle()).isEqualTo("Deployer");
		assertThat(broken.problemsIn("tools/deployer.md")).singleElement()
			.satisfies((problem) -> assertThat(problem.toString()).startsWith("tools/deployer.md:3: error: malformed"));
		replace("tools/deployer.md", "title: [Deployer", "title: Deployer 2");
		IndexReport fixed = reload("tools/deployer.md");
		assertThat(this.tools.findBySlug("deployer").orElseThrow().getTitle()).isEqualTo("Deployer 2");
		assertThat(fixed.problemsIn("tools/deployer.md")).isEmpty();
	}

	@Test
	@Transactional
	void tagsNoEntryHasAnyMoreAreRemovedAndNewOnesStored() throws IOException {
		replace("practices/canary-release.md", "tags: [deployment, resilience]", "tags: [deployment, rollout]");
		reload("practices/canary-release.md");
		assertThat(this.entityManager.find(Tag.class, "resilience")).isNull();
		assertThat(this.entityManager.find(Tag.class, "rollout")).isNotNull();
		replace("companies/acme.md", "tags: [e-commerce, deployment]", "tags: [e-commerce]");
		reload("companies/acme.md");
		assertThat(this.entityManager.find(Tag.class, "deployment")).as("still used by others").isNotNull();
	}

	@Test
	void nothingToReloadIsNotARun() {
		long revision = this.indexer.lastReport().orElseThrow().revision();
		assertThat(this.indexer.reload(List.of("tools/notes.txt"))).isEmpty();
		assertThat(this.indexer.lastReport().orElseThrow().revision()).isEqualTo(revision);
	}

	private IndexReport reload(String... paths) {
		return this.indexer.reload(List.of(paths)).orElseThrow();
	}

	private static void replace(String file, String from, String to) throws IOException {
		TestFolders.replace(DIR, file, from, to);
	}

}
