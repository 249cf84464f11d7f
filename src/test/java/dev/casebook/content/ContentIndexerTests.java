package dev.casebook.content;

import dev.casebook.core.RelationType;
import dev.casebook.CasebookProperties;
import dev.casebook.core.IndexReport;
import dev.casebook.core.Kind;
import dev.casebook.core.Problem;
import dev.casebook.model.Company;
import dev.casebook.model.CompanyRepository;
import dev.casebook.model.Entry;
import dev.casebook.model.EntryCard;
import dev.casebook.model.Practice;
import dev.casebook.model.PracticeRepository;
import dev.casebook.model.SourceRepository;
import dev.casebook.model.Tool;
import dev.casebook.model.ToolRepository;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ ContentIndexer.class, ContentLoader.class, EntryFileParser.class, Markdown.class, EntityWriter.class,
		EntityUpdater.class, ContentStore.class, ContentLock.class })
@EnableConfigurationProperties(CasebookProperties.class)
@TestPropertySource(properties = "casebook.content-dir=src/test/resources/fixtures/content")
class ContentIndexerTests {

	@Autowired
	private ContentIndexer indexer;

	@Autowired
	private CompanyRepository companies;

	@Autowired
	private ToolRepository tools;

	@Autowired
	private PracticeRepository practices;

	@Autowired
	private SourceRepository sources;

	private IndexReport report;

	@BeforeEach
	void index() {
		this.report = this.indexer.index();
	}

	@Test
	void listCardsOfAKindComeByTitleWithTheirKindAndSummary() {
		assertThat(this.tools.findCards(Pageable.unpaged())).extracting(EntryCard::path)
			.containsExactlyElementsOf(this.tools.findAllByOrderBySortTitle().stream().map(Entry::getPath).toList());
		assertThat(this.practices.findCards(Pageable.unpaged())).allSatisfy((card) -> {
			assertThat(card.kind()).isEqualTo(Kind.PRACTICE);
			assertThat(card.summary()).isEqualTo(this.practices.findBySlug(card.slug()).orElseThrow().getSummary());
		});
	}

	@Test
	@Transactional
	void relationsShowOnBothSidesWhicheverSideDeclaredThem() {
		Company acme = this.companies.findBySlug("acme").orElseThrow();
		Company globex = this.companies.findBySlug("globex").orElseThrow();
		Tool deployer = this.tools.findBySlug("deployer").orElseThrow();
		Practice canary = this.practices.findBySlug("canary-release").orElseThrow();
		Practice blueGreen = this.practices.findBySlug("blue-green").orElseThrow();
		assertThat(acme.getTools()).containsExactly(deployer);
		assertThat(globex.getTools()).containsExactly(deployer);
		assertThat(deployer.origins(RelationType.USES)).containsExactlyInAnyOrder(acme, globex);
		assertThat(deployer.getCreatedBy()).contains(acme);
		assertThat(acme.targets(RelationType.CREATED)).containsExactly(deployer);
		assertThat(canary.origins(RelationType.ADOPTS)).containsExactly(acme);
		assertThat(deployer.targets(RelationType.SUPPORTS)).containsExactly(blueGreen);
		assertThat(blueGreen.origins(RelationType.SUPPORTS)).containsExactly(deployer);
		assertThat(canary.targets(RelationType.RELATED)).containsExactly(blueGreen);
		assertThat(blueGreen.targets(RelationType.RELATED)).containsExactly(canary);
	}

	@Test
	@Transactional
	void bodyLinksBecomeBacklinks() {
		Company acme = this.companies.findBySlug("acme").orElseThrow();
		Tool deployer = this.tools.findBySlug("deployer").orElseThrow();
		assertThat(deployer.origins(RelationType.LINKS_TO)).containsExactly(acme);
		assertThat(acme.origins(RelationType.LINKS_TO)).extracting(Entry::getSlug).containsExactly("globex");
		assertThat(acme.getReferences()).extracting(Entry::getSlug).containsExactly("canary-release", "deployer");
	}

	@Test
	@Transactional
	void metricsAndTimelineKeepTheirSources() {
		Company acme = this.companies.findBySlug("acme").orElseThrow();
		assertThat(acme.getMetrics()).singleElement().satisfies((metric) -> {
			assertThat(metric.getValue()).isEqualTo("40");
			assertThat(metric.getSource().getSlug()).isEqualTo("acme-blog");
		});
		assertThat(acme.getTimeline()).extracting((event) -> event.getYear()).containsExactly(2010, 2012);
		assertThat(this.sources.findBySlug("acme-blog").orElseThrow().origins(RelationType.CITES)).extracting(Entry::getSlug)
			.containsExactlyInAnyOrder("acme", "deployer");
	}

	@Test
	void problemsAreReportedAndTheRestIsIndexed() {
		assertThat(this.report.problems()).extracting(Problem::toString)
			.containsExactlyInAnyOrder(
					"tools/broken-yaml.md:3: error: malformed front matter: the list opened with '[' on line 3 is not closed "
							+ "with ']'",
					"tools/zz-duplicate.md:1: error: duplicate slug 'deployer': tools/deployer.md already uses it; "
							+ "this file is skipped",
					"companies/acme.md:25: error: unknown link target 'missing-thing' in [[missing-thing]]");
		assertThat(this.report.files()).isEqualTo(8);
		assertThat(this.report.entries()).containsEntry(Kind.COMPANY, 2L)
			.containsEntry(Kind.TOOL, 1L)
			.containsEntry(Kind.PRACTICE, 2L)
			.containsEntry(Kind.SOURCE, 1L);
		assertThat(this.tools.findBySlug("deployer").orElseThrow().getTitle()).isEqualTo("Deployer");
	}

	@Test
	void brokenLinkRendersAsBrokenText() {
		Element body = HtmlFragment.parse(this.companies.findBySlug("acme").orElseThrow().getBodyHtml());
		assertThat(body.select("span.broken-link")).extracting(Element::text, (broken) -> broken.attr("title"))
			.contains(tuple("missing-thing", "Broken link: no entry 'missing-thing'"));
		assertThat(body.select("a").eachText()).doesNotContain("missing-thing");
	}

}
