package dev.casebook.content;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code lint [DIR]}: checks a content folder ({@code content} by default) without starting the
 * web application or the database, printing one line per problem, {@code path:line: error|warning:
 * message}, then a summary line.
 */
public final class ContentLint {

	/** Exit status when there is no error (warnings allowed), when there is one, and on wrong usage. */
	public static final int CLEAN = 0, ERRORS = 1, USAGE = 2;

	private ContentLint() {
	}

	/** @param args the arguments after {@code lint} */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length > 1) {
			err.println("usage: lint [content-folder]");
			return USAGE;
		}
		Path root = Path.of((args.length == 1) ? args[0] : "content");
		Markdown markdown = new Markdown();
		ContentLoader.Loaded loaded = new ContentLoader(new EntryFileParser(markdown)).load(root);
		List<Problem> problems = new ArrayList<>(loaded.problems());
		problems.addAll(new ContentLinker(markdown).link(loaded.entries()).problems());
		problems.sort(Comparator.comparing(Problem::path).thenComparingInt(Problem::line));
		problems.forEach(out::println);
		long errors = problems.stream().filter(Problem::isError).count();
		out.println(root + ": " + loaded.files() + " files, " + errors + " errors, " + (problems.size() - errors)
				+ " warnings");
		return (errors > 0) ? ERRORS : CLEAN;
	}

}
