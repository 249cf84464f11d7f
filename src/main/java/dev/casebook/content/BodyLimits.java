package dev.casebook.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.casebook.core.Problem;
import dev.casebook.core.Rule;

/**
 * Bounds that keep parsing and rendering one body fast and its stack shallow, whatever the file
 * holds. flexmark's autolinker backtracks over runs of letters, digits, dots, hyphens and plus
 * signs (time grows with the square of the run), and its parser and renderer recurse once per
 * nesting level, so runs are capped before parsing and nesting after it.
 */
final class BodyLimits {

	/** Longest run of {@code [a-z0-9.+-]} a body may hold. */
	static final int MAX_RUN = 500;

	/** Deepest nesting of Markdown blocks and inlines a body may hold. */
	static final int MAX_DEPTH = 64;

	private BodyLimits() {
	}

	/** The body's document, or an empty one when it breaks a bound (a problem says which). */
	static Document read(String file, String body, Markdown markdown, List<Problem> problems) {
		Result parsed = parse(file, body, () -> markdown.parse(body));
		if (parsed.problem() != null) {
			problems.add(parsed.problem());
			return markdown.parse("");
		}
		return parsed.document();
	}

	/**
	 * Parses {@code body} (whose line numbers are file lines) unless it breaks a bound.
	 * @return the document, or the problem that names the first bound broken
	 */
	static Result parse(String file, String body, Supplier<Document> parser) {
		int line = 1;
		int run = 0;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			run = ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+') ? run + 1 : 0;
			if (run > MAX_RUN) {
				return new Result(null, Rule.BODY_LIMIT.at(file, line,
						"a run of more than " + MAX_RUN + " letters, digits, '.', '-' or '+' without a space"));
			}
			line += (c == '\n') ? 1 : 0;
		}
		Document document;
		try {
			document = parser.get();
		}
		catch (StackOverflowError ex) {
			return new Result(null, Rule.BODY_LIMIT.at(file, 0, "Markdown nested too deeply to read"));
		}
		return tooDeep(document).map((node) -> new Result(null, Rule.BODY_LIMIT.at(file, node.getLineNumber() + 1,
				"Markdown nested more than " + MAX_DEPTH + " levels deep")))
			.orElse(new Result(document, null));
	}

	/** The first node nested deeper than the bound, found without recursion. */
	private static Optional<Node> tooDeep(Document document) {
		Deque<Node> nodes = new ArrayDeque<>();
		Deque<Integer> depths = new ArrayDeque<>();
		nodes.push(document);
		depths.push(0);
		while (!nodes.isEmpty()) {
			Node node = nodes.pop();
			int depth = depths.pop();
			if (depth > MAX_DEPTH) {
				return Optional.of(node);
			}
			for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
				nodes.push(child);
				depths.push(depth + 1);
			}
		}
		return Optional.empty();
	}

	/** A parsed document, or the problem that stopped it. */
	record Result(Document document, Problem problem) {
	}

}
