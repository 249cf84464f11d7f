package dev.casebook.content;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import dev.casebook.SlowSuite;
import dev.casebook.content.LinkTargets.Target;
import dev.casebook.core.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every payload of the corpus, placed in every Markdown construct that can carry it, goes through
 * the real pipeline (parse, link, render, sanitise) and comes out inert.
 */
@SlowSuite
class XssPayloadTests {

	private static final Markdown markdown = new Markdown();

	private static final LinkTargets targets = new LinkTargets(List
		.of(new Target(Kind.TOOL, "chaos-monkey", "Chaos Monkey", "Kills instances.", "tools/chaos-monkey.md")));

	private static final List<UnaryOperator<String>> CONTEXTS = List.of((p) -> p, (p) -> "## " + p,
			(p) -> "Some text " + p + " more text", (p) -> "[" + p + "](https://example.org)", (p) -> "[x](" + p + ")",
			(p) -> "![x](" + p + ")", (p) -> "[[" + p + "]]", (p) -> "[[chaos-monkey|" + p + "]]",
			(p) -> "| a |\n| --- |\n| " + p + " |", (p) -> "> " + p, (p) -> "- " + p, (p) -> "<" + p + ">",
			(p) -> "[x][r]\n\n[r]: " + p, (p) -> "`" + p + "`");

	static Stream<String> payloads() {
		return XssPayloads.all().stream();
	}

	@ParameterizedTest
	@MethodSource("payloads")
	void payloadIsInertInEveryMarkdownConstruct(String payload) {
		for (UnaryOperator<String> context : CONTEXTS) {
			String body = context.apply(payload);
			String html = markdown.render(markdown.parse(body), targets, "practices/x.md", List.of()).html();
			ActiveContent.assertBody(html);
		}
	}

	@Test
	void corpusHoldsAtLeastFiftyPayloads() {
		assertThat(XssPayloads.all()).hasSizeGreaterThanOrEqualTo(50).doesNotHaveDuplicates();
	}

}
