package dev.casebook.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.casebook.content.FrontMatter.CompanyDetails;
import dev.casebook.content.FrontMatter.StageSpec;
import dev.casebook.core.Dispute;
import dev.casebook.core.PartialDate;
import dev.casebook.core.Problem;
import dev.casebook.core.StageKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence model as lint sees it: figures dated only as their sources say, the checks of those
 * dates against the sources, disagreements between sources, and pipeline stages.
 */
class EvidenceTests {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures/evidence");

	private final Markdown markdown = new Markdown();

	@Test
	void figuresEventsAndStagesAreReadWithTheirEvidence() {
		ParsedEntry orbit = load(FIXTURES).entries().stream().filter((e) -> e.slug().equals("orbit")).findFirst().orElseThrow();
		CompanyDetails details = (CompanyDetails) orbit.matter().details();
		assertThat(details.metrics().get(0).asOf()).contains(new PartialDate(2014, 0, 0, false));
		assertThat(details.metrics().get(0).locator()).isEqualTo("section \"Shipping all day\"");
		assertThat(details.metrics().get(1).note()).startsWith("The magazine counts");
		assertThat(details.metrics().get(2).asOf()).isEmpty();
		assertThat(details.timeline().get(0).date()).hasToString("2012-03");
		assertThat(details.timeline().get(1).disputedBy()).extracting(Ref::slug).containsExactly("orbit-blog");
		StageSpec release = details.pipeline().get(1);
		assertThat(release.kind()).isEqualTo(StageKind.RELEASE);
		assertThat(release.exposure()).isEqualTo("employees first, then one region");
		assertThat(release.practices()).extracting(Ref::slug).containsExactly("dark-launch");
	}

	@Test
	void sourcesThatDisagreeBeyondFivePercentOnOneMeasureAndYearAreADispute() {
		ContentLoader.Loaded loaded = load(FIXTURES);
		ParsedEntry orbit = loaded.entries().stream().filter((e) -> e.slug().equals("orbit")).findFirst().orElseThrow();
		assertThat(Disputes.of(orbit, Disputes.published(loaded.entries())::get)).extracting(Dispute::what)
			.containsExactly("Production deploys", "A data-centre outage kept the website down for a whole day.");
		assertThat(Disputes.of(orbit, Disputes.published(loaded.entries())::get).get(0).sources()).containsExactly("orbit-blog", "freight-weekly");
	}

	@Test
	void closeValuesOtherYearsAndOneSourceAreNoDispute(@TempDir Path dir) throws IOException {
		copySources(dir);
		write(dir, "companies/calm.md", """
				---
				title: Calm
				summary: S.
				metrics:
				  - {name: Deploys, value: 100, unit: deploys/day, as_of: 2014, source: orbit-blog}
				  - {name: Deploys, value: 104, unit: deploys/day, as_of: 2014, source: freight-weekly}
				  - {name: Deploys, value: 10, unit: deploys/day, as_of: 2010, source: freight-weekly}
				  - {name: Staff, value: 10, as_of: 2014, source: orbit-blog}
				  - {name: Staff, value: 90, as_of: 2014, source: orbit-blog}
				  - {name: Teams, value: 9, as_of: 2014, source: orbit-blog}
				  - {name: Squads, measure: teams, value: 20, as_of: 2014, source: freight-weekly}
				---
				Body.
				""");
		ContentLoader.Loaded loaded = load(dir);
		ParsedEntry calm = loaded.entries().stream().filter((e) -> e.slug().equals("calm")).findFirst().orElseThrow();
		assertThat(Disputes.of(calm, Disputes.published(loaded.entries())::get)).extracting(Dispute::what)
			.containsExactly("Teams");
	}

	@Test
	void aFigureDatedAfterItsSourceWasPublishedIsAnErrorOnItsSourceLine(@TempDir Path dir) throws IOException {
		copySources(dir);
		write(dir, "companies/late.md", """
				---
				title: Late
				summary: S.
				metrics:
				  - name: Deploys
				    value: 5
				    as_of: 2016
				    source: freight-weekly
				---
				Body.
				""");
		assertThat(problems(dir)).contains("companies/late.md:8: error: 'as_of' 2016 is later than its source, "
				+ "freight-weekly, was published (February 2015)");
	}

	@Test
	void theYearOfEarlierVersionsSaysWhatToWriteInstead(@TempDir Path dir) throws IOException {
		copySources(dir);
		write(dir, "companies/old.md", """
				---
				title: Old
				summary: S.
				metrics:
				  - {name: Deploys, value: 5, year: 2014, source: orbit-blog}
				timeline:
				  - {year: 2010, event: Founded, source: orbit-blog}
				---
				Body.
				""");
		assertThat(problems(dir)).contains(
				"companies/old.md:5: error: 'year' of a metric is now 'as_of': give it only when the source says when the "
						+ "figure held",
				"companies/old.md:7: error: 'year' of a timeline event is now 'date': a year, month or day, as precise as "
						+ "the source says");
	}

	@Test
	void stagesMustNameAKindAndExistingToolsPracticesAndSources(@TempDir Path dir) throws IOException {
		copySources(dir);
		write(dir, "companies/piped.md", """
				---
				title: Piped
				summary: S.
				pipeline:
				  - stage: Build
				    kind: compile
				    source: orbit-blog
				  - stage: Ship
				    kind: release
				    tools: [cranes]
				    practices: [dark-lunch]
				    source: nowhere
				---
				Body.
				""");
		assertThat(problems(dir)).contains(
				"companies/piped.md:6: error: 'kind' must be build, test, package, stage, release or verify, not 'compile'",
				"companies/piped.md:10: error: 'pipeline' names unknown tool 'cranes'; did you mean 'crane'?",
				"companies/piped.md:11: error: 'pipeline' names unknown practice 'dark-lunch'; did you mean 'dark-launch'?",
				"companies/piped.md:12: error: 'pipeline' names unknown source 'nowhere'");
	}

	@Test
	void aSourceNeedsAPublishedDateOrUndated(@TempDir Path dir) throws IOException {
		write(dir, "sources/s.md", "---\ntitle: S\nsummary: S.\n---\nBody.\n");
		write(dir, "sources/t.md", "---\ntitle: T\nsummary: S.\npublished: last spring\n---\nBody.\n");
		assertThat(problems(dir)).contains(
				"sources/s.md:2: warning: a source needs 'published': a date, a year, a span such as 2011-2013, or 'undated'",
				"sources/t.md:4: error: 'published' must be a date like 2012-04-05, 2012-04 or 2012, a span like "
						+ "2011-2013, or 'undated', not 'last spring'");
	}

	private ContentLoader.Loaded load(Path dir) {
		return new ContentLoader(new EntryFileParser(this.markdown)).load(dir);
	}

	private List<String> problems(Path dir) {
		ContentLoader.Loaded loaded = load(dir);
		List<Problem> problems = new ArrayList<>(loaded.allProblems());
		problems.addAll(new ContentLinker(this.markdown).link(loaded.entries(), loaded.unserved(), Set.of()).problems());
		return problems.stream().map(Problem::toString).toList();
	}

	private static void copySources(Path dir) throws IOException {
		TestFolders.copy(FIXTURES, dir);
		Files.delete(dir.resolve("companies/orbit.md"));
		Files.delete(dir.resolve("companies/harbor.md"));
	}

	private static void write(Path dir, String file, String text) throws IOException {
		Files.createDirectories(dir.resolve(file).getParent());
		Files.writeString(dir.resolve(file), text);
	}

}
