package dev.casebook.content;

import java.nio.charset.StandardCharsets;

import dev.casebook.content.FrontMatter.CompanyDetails;
import dev.casebook.content.FrontMatter.ToolDetails;
import dev.casebook.core.Kind;
import dev.casebook.core.PartialDate;
import dev.casebook.core.Problem;
import dev.casebook.core.RelationType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntryFileParserTests {

	private final EntryFileParser parser = new EntryFileParser(new Markdown());

	private EntryFileParser.Result parse(String file, Kind kind, String text) {
		return this.parser.parse(file, kind, text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void companyFrontMatterMapsToTypedRecords() {
		var result = parse("companies/acme.md", Kind.COMPANY, """
				---
				title: Acme
				summary: Ships a lot.
				tags: [deployment, e-commerce]
				aliases: [ACME Corp]
				founded: 1999
				tools: [deployer]
				metrics:
				  - {name: Deploys, value: 50, unit: deploys/day, as_of: 2014, source: blog}
				timeline:
				  - {date: 2010, event: Started, source: blog}
				date: 2026-01-02
				---
				Body.
				""");
		assertThat(result.problems()).isEmpty();
		FrontMatter matter = result.entry().orElseThrow().matter();
		assertThat(matter.slug()).isEqualTo("acme");
		assertThat(matter.tags()).containsExactly("deployment", "e-commerce");
		assertThat(matter.aliases()).containsExactly("ACME Corp");
		assertThat(matter.date()).hasValueSatisfying((date) -> assertThat(date).hasYear(2026));
		CompanyDetails company = (CompanyDetails) matter.details();
		assertThat(company.founded()).contains(1999);
		assertThat(matter.declared(RelationType.USES, false)).containsExactly(new Ref("deployer", 7));
		assertThat(company.metrics()).singleElement().satisfies((metric) -> {
			assertThat(metric.value()).isEqualTo("50");
			assertThat(metric.asOf()).contains(new PartialDate(2014, 0, 0, false));
			assertThat(metric.source()).isEqualTo(new Ref("blog", 9));
		});
		assertThat(company.timeline()).singleElement().satisfies((event) -> assertThat(event.event()).isEqualTo("Started"));
	}

	@Test
	void commaSeparatedTagsAndSlugOverrideAreAccepted() {
		var result = parse("tools/x.md", Kind.TOOL, """
				---
				title: X
				summary: A tool.
				slug: the-x
				tags: deployment, testing
				open_source: true
				created_by: acme
				---
				Body.
				""");
		assertThat(result.problems()).isEmpty();
		FrontMatter matter = result.entry().orElseThrow().matter();
		assertThat(matter.slug()).isEqualTo("the-x");
		assertThat(matter.tags()).containsExactly("deployment", "testing");
		ToolDetails tool = (ToolDetails) matter.details();
		assertThat(tool.openSource()).contains(true);
		assertThat(matter.declared(RelationType.CREATED, true)).containsExactly(new Ref("acme", 7));
	}

	@Test
	void malformedYamlIsReportedOnItsLineAndTheFileIsNotUsed() {
		var result = parse("tools/x.md", Kind.TOOL, "---\ntitle: X\nsummary: [open\n---\nBody.\n");
		assertThat(result.usable()).isFalse();
		assertThat(result.problems()).singleElement()
			.hasToString("tools/x.md:3: error: malformed front matter: the list opened with '[' on line 3 is not closed with ']'")
			.satisfies((problem) -> assertThat(problem.detail()).contains("expected ',' or ']'"));
	}

	@Test
	void missingRequiredKeyIsAnError() {
		var result = parse("tools/x.md", Kind.TOOL, "---\ntitle: X\n---\nBody.\n");
		assertThat(result.usable()).isFalse();
		assertThat(result.problems()).extracting(Problem::toString)
			.containsExactly("tools/x.md:2: error: missing required key 'summary'");
	}

	@Test
	void wrongTypesAreReportedWithTheirLines() {
		var result = parse("companies/x.md", Kind.COMPANY, """
				---
				title: X
				summary: S.
				founded: long ago
				tools: deployer
				---
				Body.
				""");
		assertThat(result.problems()).extracting(Problem::toString)
			.containsExactly("companies/x.md:4: error: 'founded' must be a whole number, not 'long ago'",
					"companies/x.md:5: error: 'tools' must be a list");
	}

	@Test
	void metricWithoutSourceIsAnError() {
		var result = parse("companies/x.md", Kind.COMPANY, """
				---
				title: X
				summary: S.
				metrics:
				  - name: Deploys
				    value: 3
				    as_of: 2014
				---
				Body.
				""");
		assertThat(result.problems()).extracting(Problem::toString)
			.containsExactly("companies/x.md:5: error: a metric needs a 'source' (a source slug)");
	}

	@Test
	void kindMustMatchTheFolder() {
		var result = parse("tools/x.md", Kind.TOOL, "---\ntitle: X\nsummary: S.\nkind: practice\n---\nBody.\n");
		assertThat(result.problems()).extracting(Problem::toString)
			.containsExactly("tools/x.md:4: error: kind 'practice' does not match folder 'tools' (expected 'tool')");
	}

	@Test
	void tagsWrittenInAnyCaseAreMadeLowercaseHyphenated() {
		var result = parse("tools/x.md", Kind.TOOL,
				"---\ntitle: X\nsummary: S.\ntags: [Continuous Delivery, CI/CD, Déploiement, ci-cd]\n---\nB.\n");
		assertThat(result.problems()).isEmpty();
		assertThat(result.entry().orElseThrow().matter().tags())
			.containsExactly("continuous-delivery", "ci-cd", "deploiement");
	}

	@Test
	void aTagWithoutLettersOrDigitsIsAnError() {
		var result = parse("tools/x.md", Kind.TOOL, "---\ntitle: X\nsummary: S.\ntags: [ok, '++']\n---\nB.\n");
		assertThat(result.problems()).extracting(Problem::toString)
			.containsExactly("tools/x.md:4: error: tag '++' has no letters or digits to make a tag of");
	}

	@Test
	void unknownKeyIsOnlyAWarning() {
		var result = parse("tools/x.md", Kind.TOOL, "---\ntitle: X\nsummary: S.\ncolour: red\n---\nB.\n");
		assertThat(result.entry()).isPresent();
		assertThat(result.problems()).extracting(Problem::toString)
			.containsExactly("tools/x.md:4: warning: unknown front-matter key 'colour' for a tool");
	}

	@Test
	void missingOrUnclosedFrontMatterIsAnError() {
		assertThat(parse("tools/x.md", Kind.TOOL, "Just markdown.\n").problems()).extracting(Problem::toString)
			.containsExactly("tools/x.md:1: error: missing front matter: start the file with a '---' line, or with a "
					+ "'# Title' heading");
		assertThat(parse("tools/x.md", Kind.TOOL, "---\ntitle: X\n").problems()).extracting(Problem::toString)
			.containsExactly("tools/x.md:1: error: front matter is not closed: add a '---' line after its last key");
	}

	@Test
	void byteOrderMarkAndWindowsLineEndingsAreAccepted() {
		var result = parse("tools/x.md", Kind.TOOL, "\uFEFF---\r\ntitle: X\r\nsummary: S.\r\n---\r\nBody.\r\n");
		assertThat(result.problems()).isEmpty();
		assertThat(result.entry().orElseThrow().matter().title()).isEqualTo("X");
	}

	@Test
	void invalidUtf8IsReportedOnItsLine() {
		byte[] bytes = "---\ntitle: X\nsummary: S\u00e9\n---\nB.\n".getBytes(StandardCharsets.ISO_8859_1);
		var result = this.parser.parse("tools/x.md", Kind.TOOL, bytes);
		assertThat(result.entry()).isEmpty();
		assertThat(result.problems()).extracting(Problem::toString)
			.containsExactly("tools/x.md:3: error: file is not valid UTF-8 text");
	}

	@Test
	void emptyBodyIsAnError() {
		var result = parse("tools/x.md", Kind.TOOL, "---\ntitle: X\nsummary: S.\n---\n\n");
		assertThat(result.problems()).extracting(Problem::toString)
			.containsExactly("tools/x.md:4: error: empty body: write at least one paragraph");
	}

	@Test
	void aliasBombIsRefused() {
		var result = parse("tools/x.md", Kind.TOOL, """
				---
				title: X
				summary: S.
				a: &a [x, x, x, x, x, x, x, x, x]
				b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
				c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
				d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
				---
				Body.
				""");
		assertThat(result.usable()).isFalse();
		assertThat(result.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message())
				.isEqualTo("malformed front matter: YAML aliases are used too often (at most 20)"))
			.satisfies((problem) -> assertThat(problem.detail()).contains("Number of aliases"));
	}

	@Test
	void addressesThatAreNotHttpOrHttpsAreReportedAndDropped() {
		for (String address : new String[] { "javascript:alert(1)", "data:text/html,x", "/tools/x", "https://" }) {
			var result = parse("tools/x.md", Kind.TOOL, "---\ntitle: X\nsummary: S.\nwebsite: '" + address + "'\n---\nB.\n");
			assertThat(((ToolDetails) result.entry().orElseThrow().matter().details()).website()).as(address).isEmpty();
			assertThat(result.problems()).extracting(Problem::toString).as(address)
				.containsExactly("tools/x.md:4: warning: 'website' must be an http or https address; it is not shown");
		}
		var source = parse("sources/s.md", Kind.SOURCE, "---\ntitle: S\nsummary: S.\npublished: undated\nurl: HTTPS://example.org/a?b=c\n---\nB.\n");
		assertThat(source.problems()).isEmpty();
		assertThat(((FrontMatter.SourceDetails) source.entry().orElseThrow().matter().details()).url())
			.isEqualTo("HTTPS://example.org/a?b=c");
	}

	@Test
	void valuesLongerThanTheirColumnAreErrorsOnTheirLine() {
		String longName = "x".repeat(256);
		var result = parse("tools/x.md", Kind.TOOL, "---\ntitle: " + longName + "\nsummary: " + "s".repeat(2000)
				+ "\ncategory: " + longName + "\naliases: [ok, " + longName + "]\n---\nB.\n");
		assertThat(result.usable()).isFalse();
		assertThat(result.problems()).extracting(Problem::toString)
			.containsExactlyInAnyOrder("tools/x.md:2: error: 'title' is longer than 255 characters",
					"tools/x.md:4: error: 'category' is longer than 255 characters",
					"tools/x.md:5: error: 'aliases' is longer than 255 characters");
	}

}
