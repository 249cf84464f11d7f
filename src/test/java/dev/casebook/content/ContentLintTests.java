package dev.casebook.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code lint} over {@code fixtures/lint}, which holds one file per rule. */
class ContentLintTests {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures/lint");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void printsOneLinePerProblemSortedByFileAndLineThenASummary() {
		int status = lint(FIXTURES.toString());
		assertThat(output()).containsExactly(
				"companies/metric-without-source.md:5: error: a metric needs a 'source' (a source slug)",
				"companies/metric-without-source.md:7: error: a timeline event needs a 'source' (a source slug)",
				"companies/unknown-relation.md:5: error: 'tools' names unknown tool 'deployr'; did you mean 'deployer'?",
				"practices/unknown-link.md:6: error: unknown link target 'canary-relase' in [[canary-relase]]; "
						+ "did you mean 'canary-release'?",
				"sources/orphan.md:1: warning: orphan: no other entry links to 'orphan' and it takes part in no relation",
				"tools/bad-tag.md:4: error: tag 'Continuous Delivery' must be lowercase words joined by hyphens, "
						+ "e.g. 'continuous-delivery'",
				"tools/contradiction.md:4: warning: 'created_by' names 'hub', but companies/hub.md lists the tools it "
						+ "uses without 'contradiction': add it there, or list 'hub' in this tool's 'companies'",
				"tools/duplicate-alias.md:1: error: alias 'Deployer' is already the title or alias of tools/deployer.md",
				"tools/duplicate-slug.md:1: error: duplicate slug 'deployer': tools/deployer.md already uses it; "
						+ "this file is skipped",
				"tools/empty-body.md:4: error: empty body: write at least one paragraph",
				"tools/malformed-yaml.md:3: error: malformed front matter: expected ',' or ']', but got <stream end>",
				"tools/missing-summary.md:2: error: missing required key 'summary'",
				"tools/not-utf8.md:6: error: file is not valid UTF-8 text",
				"tools/unknown-key.md:4: warning: unknown front-matter key 'colour' for a tool",
				"tools/unknown-kind.md:4: error: unknown kind 'widget': use company, tool, practice or source",
				"tools/wrong-type.md:4: error: 'open_source' must be true or false, not 'maybe'",
				"widgets/thing.md:0: error: unknown folder: entries belong in companies/, tools/, practices/ or sources/",
				FIXTURES + ": 20 files, 14 errors, 3 warnings");
		assertThat(status).isEqualTo(ContentLint.ERRORS);
	}

	@Test
	void warningsAloneDoNotFail(@TempDir Path dir) throws IOException {
		for (String file : List.of("companies/hub.md", "tools/deployer.md", "practices/canary-release.md",
				"sources/blog.md", "sources/orphan.md")) {
			Files.createDirectories(dir.resolve(file).getParent());
			Files.copy(FIXTURES.resolve(file), dir.resolve(file));
		}
		Files.writeString(dir.resolve("companies/hub.md"),
				Files.readString(dir.resolve("companies/hub.md")).replaceAll("\\[\\[(duplicate-alias|unknown-\\w+)]]", "x"));
		int status = lint(dir.toString());
		assertThat(output()).containsExactly(
				"sources/orphan.md:1: warning: orphan: no other entry links to 'orphan' and it takes part in no relation",
				dir + ": 5 files, 0 errors, 1 warnings");
		assertThat(status).isEqualTo(ContentLint.CLEAN);
	}

	@Test
	void fixtureSiteOfTheBrowserTestsIsClean() {
		assertThat(lint("src/test/resources/fixtures/site")).isEqualTo(ContentLint.CLEAN);
		assertThat(output()).singleElement().asString().endsWith("0 errors, 0 warnings");
	}

	@Test
	void missingFolderIsAnError(@TempDir Path dir) {
		assertThat(lint(dir.resolve("nope").toString())).isEqualTo(ContentLint.ERRORS);
		assertThat(output()).first().asString().endsWith("nope:0: error: content folder does not exist");
	}

	@Test
	void moreThanOneFolderIsAUsageError() {
		assertThat(ContentLint.run(new String[] { "a", "b" }, stream(this.out), stream(this.err)))
			.isEqualTo(ContentLint.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEqualTo("usage: lint [content-folder]\n");
	}

	private int lint(String folder) {
		return ContentLint.run(new String[] { folder }, stream(this.out), stream(this.err));
	}

	private List<String> output() {
		return this.out.toString(StandardCharsets.UTF_8).lines().toList();
	}

	private static PrintStream stream(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

}
