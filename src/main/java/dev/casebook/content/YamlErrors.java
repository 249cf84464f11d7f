package dev.casebook.content;

import java.util.Locale;

import dev.casebook.core.Problem;
import dev.casebook.core.Rule;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * SnakeYAML's errors in plain words, at the file line where the mistake shows, with the parser's
 * own text kept as the problem's detail. Only the mistakes editors make most are translated; the
 * rest keep the parser's first line.
 */
final class YamlErrors {

	private YamlErrors() {
	}

	/** @param firstLine the file line on which the YAML text starts */
	static Problem of(YAMLException ex, String path, int firstLine) {
		String parser = ex.getMessage().lines().findFirst().orElse("unreadable YAML").strip();
		if (!(ex instanceof MarkedYAMLException marked)) {
			return Rule.MALFORMED_YAML.at(path, firstLine, "malformed front matter: "
					+ explain(parser.toLowerCase(Locale.ROOT), "", firstLine)).withDetail(parser);
		}
		String problem = (marked.getProblem() != null) ? marked.getProblem() : "";
		String context = (marked.getContext() != null) ? marked.getContext() : "";
		int at = line(marked.getProblemMark(), firstLine);
		int opened = line(marked.getContextMark(), firstLine);
		String message = explain(problem.toLowerCase(Locale.ROOT), context.toLowerCase(Locale.ROOT), opened);
		String detail = (context.isEmpty() ? "" : context + ": ") + problem;
		return Rule.MALFORMED_YAML.at(path, (at > 0) ? at : firstLine, "malformed front matter: " + message)
			.withDetail(detail.strip());
	}

	private static String explain(String problem, String context, int opened) {
		if (context.contains("flow sequence")) {
			return "the list opened with '[' on line " + opened + " is not closed with ']'";
		}
		if (context.contains("flow mapping")) {
			return "the mapping opened with '{' on line " + opened + " is not closed with '}'";
		}
		if (context.contains("quoted scalar")) {
			return "the quoted text that starts on line " + opened + " has no closing quote";
		}
		if (problem.contains("mapping values are not allowed")) {
			return "a value holds ': ' (a colon and a space): put the whole value in quotes";
		}
		if (problem.contains("'\\t'") || problem.contains("tab")) {
			return "a tab is used for indentation: YAML indents with spaces only";
		}
		if (problem.contains("could not find expected ':'")) {
			return "a line that should be 'key: value' has no ':' after line " + opened;
		}
		if (context.contains("block mapping") || context.contains("block collection")) {
			return "this line is not indented like the keys of the mapping that starts on line " + opened;
		}
		if (problem.contains("undefined alias")) {
			return "'*' starts an alias to an anchor that does not exist: put the value in quotes";
		}
		if (problem.contains("aliases")) {
			return "YAML aliases are used too often (at most 20)";
		}
		if (problem.contains("nesting depth")) {
			return "nested more than 16 levels deep";
		}
		if (problem.contains("code point")) {
			return "longer than 256 Ki characters";
		}
		return limit(problem.isEmpty() ? context : problem);
	}

	private static int line(Mark mark, int firstLine) {
		return (mark != null) ? firstLine + mark.getLine() : 0;
	}

	private static String limit(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

}
