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

/** {@code lint} over {@code fixtures/lint}, which holds one file per rule, and over folders made here. */
class ContentLintTests {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures/lint");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void printsEveryProblemOfEveryFileSortedByFileAndLineThenASummary() {
		int status = lint(FIXTURES.toString());
		assertThat(output()).containsExactly(
				"companies/metric-without-source.md:1: warning: orphan: no other entry links to 'metric-without-source' "
						+ "and it takes part in no relation",
				"companies/metric-without-source.md:5: error: a metric needs a 'source' (a source slug)",
				"companies/metric-without-source.md:7: error: a timeline event needs a 'source' (a source slug)",
				"companies/unknown-relation.md:5: error: 'tools' names unknown tool 'deployr'; did you mean 'deployer'?",
				"practices/unknown-link.md:6: error: unknown link target 'canary-relase' in [[canary-relase]]; "
						+ "did you mean 'canary-release'?",
				"sources/orphan.md:1: warning: orphan: no other entry links to 'orphan' and it takes part in no relation",
				"tools/bad-tag.md:1: warning: orphan: no other entry links to 'bad-tag' and it takes part in no relation",
				"tools/bad-tag.md:4: error: tag '++' has no letters or digits to make a tag of",
				"tools/contradiction.md:4: warning: 'created_by' names 'hub', but companies/hub.md lists the tools it "
						+ "uses without 'contradiction': add it there, or list 'hub' in this tool's 'companies'",
				"tools/duplicate-alias.md:1: error: alias 'Deployer' is already the title or alias of tools/deployer.md",
				"tools/duplicate-slug.md:1: error: duplicate slug 'deployer': tools/deployer.md already uses it; "
						+ "this file is skipped",
				"tools/empty-body.md:1: warning: orphan: no other entry links to 'empty-body' and it takes part in no relation",
				"tools/empty-body.md:4: error: empty body: write at least one paragraph",
				"tools/malformed-yaml.md:3: error: malformed front matter: the list opened with '[' on line 3 is not "
						+ "closed with ']'",
				"    parser: while parsing a flow sequence: expected ',' or ']', but got <stream end>",
				"tools/missing-summary.md:1: warning: orphan: no other entry links to 'missing-summary' and it takes part "
						+ "in no relation",
				"tools/missing-summary.md:2: error: missing required key 'summary'",
				"tools/not-utf8.md:6: error: file is not valid UTF-8 text",
				"tools/unknown-key.md:4: warning: unknown front-matter key 'colour' for a tool",
				"tools/unknown-kind.md:1: warning: orphan: no other entry links to 'unknown-kind' and it takes part in no relation",
				"tools/unknown-kind.md:4: error: unknown kind 'widget': use company, tool, practice or source",
				"tools/wrong-type.md:1: warning: orphan: no other entry links to 'wrong-type' and it takes part in no relation",
				"tools/wrong-type.md:4: error: 'open_source' must be true or false, not 'maybe'",
				"widgets/thing.md:0: error: unknown folder: entries belong in companies/, tools/, practices/ or sources/",
				FIXTURES + ": 20 files, 14 errors, 9 warnings; 11 served");
		assertThat(status).isEqualTo(ContentLint.ERRORS);
	}

	@Test
	void aNewFileShowsAllItsProblemsInOnePass(@TempDir Path dir) throws IOException {
		write(dir, "tools/deployer.md", "---\ntitle: Deployer\nsummary: S.\ncompanies: [newco]\n---\nBody.\n");
		write(dir, "companies/newco.md", """
				---
				title: NewCo
				summary: S.
				founded: soon
				tools: [deployr]
				---
				Uses [[deployer]] and [[the-missing-one]].
				""");
		lint(dir.toString());
		assertThat(output()).containsExactly(
				"companies/newco.md:4: error: 'founded' must be a whole number, not 'soon'",
				"companies/newco.md:5: error: 'tools' names unknown tool 'deployr'; did you mean 'deployer'?",
				"companies/newco.md:7: error: unknown link target 'the-missing-one' in [[the-missing-one]]",
				"tools/deployer.md:4: error: 'companies' names unknown company 'newco'; companies/newco.md defines it but "
						+ "has errors, so it is not served",
				dir + ": 2 files, 4 errors, 0 warnings; 1 served");
	}

	@Test
	void warningsAloneDoNotFailUnlessStrict(@TempDir Path dir) throws IOException {
		write(dir, "sources/orphan.md", "---\ntitle: Orphan\nsummary: S.\npublished: 2020\n---\nBody.\n");
		assertThat(lint(dir.toString())).isEqualTo(ContentLint.CLEAN);
		assertThat(output()).containsExactly(
				"sources/orphan.md:1: warning: orphan: no other entry links to 'orphan' and it takes part in no relation",
				dir + ": 1 file, 0 errors, 1 warning");
		assertThat(ContentLint.run(new String[] { "--strict", dir.toString() }, stream(this.out), stream(this.err)))
			.isEqualTo(ContentLint.ERRORS);
	}

	@Test
	void aMessageFoundInManyFilesIsListedOnceUnlessAllAreAskedFor(@TempDir Path dir) throws IOException {
		for (int i = 1; i <= 5; i++) {
			write(dir, "tools/t" + i + ".md", "---\ntitle: T" + i + "\nsummary: S.\ncover_image: x.png\nrelated: []\n"
					+ "companies: [c]\n---\nBody.\n");
		}
		write(dir, "companies/c.md", "---\ntitle: C\nsummary: S.\n---\nBody.\n");
		lint(dir.toString());
		assertThat(output()).containsExactly(
				"tools/t1.md:4: warning: unknown front-matter key 'cover_image' for a tool (and in 4 more files)",
				"tools/t1.md:5: warning: unknown front-matter key 'related' for a tool (and in 4 more files)",
				"by rule (lint --all lists every problem):", "  unknown-key (warning): 10",
				dir + ": 6 files, 0 errors, 10 warnings");
		this.out.reset();
		ContentLint.run(new String[] { "--all", dir.toString() }, stream(this.out), stream(this.err));
		assertThat(output()).hasSize(11);
	}

	@Test
	void fixtureSiteOfTheBrowserTestsIsClean() {
		assertThat(lint("src/test/resources/fixtures/site")).isEqualTo(ContentLint.CLEAN);
		assertThat(output()).singleElement().asString().endsWith("0 errors, 0 warnings");
	}

	@Test
	void aRuleBrokenInManyPlacesShowsItsFirstThreeAndACount(@TempDir Path dir) throws IOException {
		for (int i = 10; i < 40; i++) {
			write(dir, "sources/s" + i + ".md", "---\ntitle: S" + i + "\nsummary: S.\npublished: 2020\n---\nBody.\n");
		}
		lint(dir.toString());
		assertThat(output()).containsExactly(
				"sources/s10.md:1: warning: orphan: no other entry links to 's10' and it takes part in no relation",
				"sources/s11.md:1: warning: orphan: no other entry links to 's11' and it takes part in no relation",
				"sources/s12.md:1: warning: orphan: no other entry links to 's12' and it takes part in no relation",
				"by rule (lint --all lists every problem):", "  orphan (warning): 30, 3 listed",
				dir + ": 30 files, 0 errors, 30 warnings");
	}

	@Test
	void aMissingFolderIsAnInputError(@TempDir Path dir) {
		assertThat(lint(dir.resolve("nope").toString())).isEqualTo(ContentLint.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("nope is not a folder");
	}

	@Test
	void argumentsAreCheckedAndHelpIsNoError() {
		assertThat(ContentLint.run(new String[] { "--help" }, stream(this.out), stream(this.err))).isEqualTo(ContentLint.CLEAN);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("usage: lint");
		assertThat(ContentLint.run(new String[] { "a", "b" }, stream(this.out), stream(this.err))).isEqualTo(ContentLint.USAGE);
		assertThat(ContentLint.run(new String[] { "" }, stream(this.out), stream(this.err))).isEqualTo(ContentLint.USAGE);
		assertThat(ContentLint.run(new String[] { "--colour" }, stream(this.out), stream(this.err))).isEqualTo(ContentLint.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("give one content folder, not 2")
			.contains("the folder name is empty").contains("unknown option --colour");
	}

	private static void write(Path dir, String file, String text) throws IOException {
		Files.createDirectories(dir.resolve(file).getParent());
		Files.writeString(dir.resolve(file), text);
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
