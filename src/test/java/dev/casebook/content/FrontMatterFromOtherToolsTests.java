package dev.casebook.content;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import dev.casebook.core.Problem;
import dev.casebook.core.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown written for Hugo, Docusaurus or dev.to is read where its keys mean the same thing. */
class FrontMatterFromOtherToolsTests {

	private final EntryFileParser parser = new EntryFileParser(new Markdown());

	private EntryFileParser.Result parse(String file, String text) {
		return this.parser.parse(file, ContentLoader.kindOf(file).orElseThrow(), text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void descriptionIsTheSummaryWhenThereIsNone() {
		var result = parse("practices/x.md", "---\ntitle: X\ndescription: What X is.\n---\nBody.\n");
		assertThat(result.problems()).isEmpty();
		assertThat(result.entry().orElseThrow().matter().summary()).isEqualTo("What X is.");
	}

	@Test
	void draftsAreReadAndCheckedButNotServed() {
		var hugo = parse("practices/x.md", "---\ntitle: X\nsummary: S.\ndraft: true\n---\nBody.\n");
		var devTo = parse("practices/y.md", "---\ntitle: Y\nsummary: S.\npublished: false\n---\nBody.\n");
		assertThat(hugo.problems()).isEmpty();
		assertThat(devTo.problems()).isEmpty();
		assertThat(hugo.usable()).isFalse();
		assertThat(devTo.usable()).isFalse();
		assertThat(hugo.entry().orElseThrow().matter().draft()).isTrue();
		assertThat(parse("practices/z.md", "---\ntitle: Z\nsummary: S.\npublished: true\n---\nBody.\n").usable()).isTrue();
	}

	@Test
	void aSourcesPublishedKeyIsStillItsDate() {
		var result = parse("sources/s.md", "---\ntitle: S\nsummary: S.\npublished: 2012-04-05\n---\nBody.\n");
		assertThat(result.usable()).isTrue();
		assertThat(((FrontMatter.SourceDetails) result.entry().orElseThrow().matter().details()).published())
			.hasToString("2012-04-05");
	}

	@Test
	void dateTimesCountByTheirDayAndLastmodIsTheReviewDate() {
		var hugo = parse("tools/x.md", "---\ntitle: X\nsummary: S.\ndate: 2021-03-17T10:00:00Z\n---\nBody.\n");
		var lastmod = parse("tools/y.md", "---\ntitle: Y\nsummary: S.\nlastmod: 2022-01-05\n---\nBody.\n");
		assertThat(hugo.entry().orElseThrow().matter().date()).contains(LocalDate.of(2021, 3, 17));
		assertThat(lastmod.entry().orElseThrow().matter().date()).contains(LocalDate.of(2022, 1, 5));
		assertThat(hugo.problems()).isEmpty();
		assertThat(lastmod.problems()).isEmpty();
	}

	@Test
	void categoriesAndDocusaurusTagObjectsAreTags() {
		var result = parse("tools/x.md", """
				---
				title: X
				summary: S.
				tags: [{label: Release Engineering, permalink: /release}, Deployment]
				categories: [Cloud]
				---
				Body.
				""");
		assertThat(result.problems()).isEmpty();
		assertThat(result.entry().orElseThrow().matter().tags()).containsExactly("release-engineering", "deployment", "cloud");
	}

	@Test
	void aDocusaurusSlugPathAndAFileNameBecomeSlugs() {
		assertThat(parse("tools/x.md", "---\ntitle: X\nsummary: S.\nslug: /the-x\n---\nB.\n").entry().orElseThrow().slug())
			.isEqualTo("the-x");
		assertThat(parse("tools/Day_06.md", "---\ntitle: X\nsummary: S.\n---\nB.\n").entry().orElseThrow().slug())
			.isEqualTo("day-06");
	}

	@Test
	void hugoRedirectAliasesAreReportedAndNotUsedAsNames() {
		var result = parse("tools/x.md", "---\ntitle: X\nsummary: S.\naliases: [/old/x/, Ex]\n---\nB.\n");
		assertThat(result.entry().orElseThrow().matter().aliases()).containsExactly("Ex");
		assertThat(result.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.rule()).isEqualTo(Rule.HUGO_ALIAS);
			assertThat(problem.line()).isEqualTo(4);
		});
	}

	@Test
	void aFileWithoutFrontMatterTakesItsTitleFromItsHeadingAndItsSummaryFromItsFirstParagraph() {
		var result = parse("practices/x.md", "# Trunk based development\n\nEveryone commits to one branch. Often.\n\n## More\n\nText.\n");
		assertThat(result.problems()).isEmpty();
		ParsedEntry entry = result.entry().orElseThrow();
		assertThat(entry.matter().title()).isEqualTo("Trunk based development");
		assertThat(entry.matter().summary()).isEqualTo("Everyone commits to one branch. Often.");
		assertThat(entry.body().getFirstChild()).isNotInstanceOf(com.vladsch.flexmark.ast.Heading.class);
		assertThat(parse("practices/y.md", "# Only a heading\n").usable()).isFalse();
	}

	@Test
	void otherToolsKeysThatMeanNothingHereAreUnknownKeys() {
		var result = parse("practices/x.md", "---\ntitle: X\nsummary: S.\ncover_image: null\nsidebar_position: 2\n---\nB.\n");
		assertThat(result.usable()).isTrue();
		assertThat(result.problems()).extracting(Problem::rule).containsExactly(Rule.UNKNOWN_KEY, Rule.UNKNOWN_KEY);
	}

}
