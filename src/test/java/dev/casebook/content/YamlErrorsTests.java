package dev.casebook.content;

import java.nio.charset.StandardCharsets;

import dev.casebook.core.Kind;
import dev.casebook.core.Problem;
import dev.casebook.core.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Malformed front matter is reported in plain words on the line the mistake shows, with the parser's text kept. */
class YamlErrorsTests {

	private final EntryFileParser parser = new EntryFileParser(new Markdown());

	private Problem problem(String yaml) {
		var result = this.parser.parse("tools/x.md", Kind.TOOL, ("---\n" + yaml + "---\nBody.\n").getBytes(StandardCharsets.UTF_8));
		assertThat(result.usable()).isFalse();
		return result.problems().stream().filter((p) -> p.rule() == Rule.MALFORMED_YAML).findFirst().orElseThrow();
	}

	@Test
	void anUnclosedListNamesTheLineItOpensOn() {
		Problem problem = problem("title: X\nsummary: S.\ncategory: C\nwebsite: https://x.org\ntags: [a, b\nopen_source: true\n");
		assertThat(problem.line()).isEqualTo(7);
		assertThat(problem.message()).isEqualTo("malformed front matter: the list opened with '[' on line 6 is not closed with ']'");
		assertThat(problem.detail()).contains("flow sequence").contains("expected ',' or ']'");
	}

	@Test
	void aColonInAPlainValueSaysToQuoteIt() {
		Problem problem = problem("title: X\nsummary: Deploys: fifty a day\n");
		assertThat(problem.line()).isEqualTo(3);
		assertThat(problem.message()).contains("put the whole value in quotes");
		assertThat(problem.detail()).contains("mapping values are not allowed here");
	}

	@Test
	void anUnclosedQuoteNamesWhereItStarts() {
		Problem problem = problem("title: \"X\nsummary: S.\n");
		assertThat(problem.message()).contains("starts on line 2").contains("no closing quote");
	}

	@Test
	void aTabUsedForIndentationIsNamed() {
		Problem problem = problem("title: X\nsummary: S.\ntags:\n\t- a\n");
		assertThat(problem.line()).isEqualTo(5);
		assertThat(problem.message()).contains("tab");
	}

}
