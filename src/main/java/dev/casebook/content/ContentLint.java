package dev.casebook.content;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.casebook.core.Problem;
import dev.casebook.core.Rule;

/**
 * {@code lint [--all] [--strict] [DIR]}: checks a content folder ({@code content} by default)
 * without starting the web application or the database, by the same rules as a running site, and
 * prints {@code path:line: error|warning: message} sorted by file and line, then a summary line.
 * Many problems of one kind are summed up rather than listed one by one, unless {@code --all}
 * is given.
 */
public final class ContentLint {

	/** Exit status when there is no error (warnings allowed), when there is one, and on wrong usage or I/O. */
	public static final int CLEAN = 0, ERRORS = 1, USAGE = 2;

	static final int LISTED_FILES = 3;

	static final int LISTED_PER_RULE = 20;

	static final String USAGE_TEXT = """
			usage: lint [--all] [--strict] [content-folder]
			  checks a content folder (default: content) by the rules of docs/content-format.md
			  --all     list every problem, also those found in many files
			  --strict  fail (exit 1) on warnings too
			exit status: 0 no errors, 1 content errors, 2 wrong usage or unreadable folder""";

	private ContentLint() {
	}

	/** @param args the arguments after {@code lint} */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		boolean all = false;
		boolean strict = false;
		List<String> folders = new ArrayList<>();
		for (String arg : args) {
			switch (arg) {
				case "--help", "-h" -> {
					out.println(USAGE_TEXT);
					return CLEAN;
				}
				case "--all" -> all = true;
				case "--strict" -> strict = true;
				default -> {
					if (arg.startsWith("-") || arg.isBlank()) {
						err.println("lint: " + (arg.isBlank() ? "the folder name is empty" : "unknown option " + arg));
						err.println(USAGE_TEXT);
						return USAGE;
					}
					folders.add(arg);
				}
			}
		}
		if (folders.size() > 1) {
			err.println("lint: give one content folder, not " + folders.size());
			err.println(USAGE_TEXT);
			return USAGE;
		}
		Path root = Path.of(folders.isEmpty() ? "content" : folders.get(0));
		if (!Files.isDirectory(root)) {
			err.println("lint: " + root + " is not a folder");
			return USAGE;
		}
		return lint(root, all, strict, out);
	}

	private static int lint(Path root, boolean all, boolean strict, PrintStream out) {
		Markdown markdown = new Markdown();
		ContentLoader.Loaded loaded = new ContentLoader(new EntryFileParser(markdown)).load(root);
		if (!loaded.problems().isEmpty()) {
			loaded.problems().forEach(out::println);
			return USAGE;
		}
		List<Problem> problems = new ArrayList<>(loaded.allProblems());
		problems.addAll(synonyms(root));
		problems.addAll(new ContentLinker(markdown).link(loaded.entries(), loaded.unserved(), Set.of()).problems());
		problems.sort(Comparator.comparing(Problem::path).thenComparingInt(Problem::line));
		print(problems, all, out);
		long errors = problems.stream().filter(Problem::isError).count();
		long warnings = problems.size() - errors;
		out.println(root + ": " + count(loaded.files(), "file") + ", " + count(errors, "error") + ", " + count(warnings, "warning")
				+ ((loaded.entries().size() < loaded.files()) ? "; " + loaded.entries().size() + " served" : ""));
		return (errors > 0 || (strict && warnings > 0)) ? ERRORS : CLEAN;
	}

	private static List<Problem> synonyms(Path root) {
		Path file = root.resolve(SynonymFile.NAME);
		try {
			return Files.isRegularFile(file) ? SynonymFile.parse(Files.readString(file)).problems() : List.of();
		}
		catch (IOException ex) {
			return List.of(Rule.UNREADABLE.at(SynonymFile.NAME, 0, "cannot read this file: " + ContentLoader.reason(ex)));
		}
	}

	/**
	 * Prints the problems in order. Unless {@code all}, a message seen in many files is printed
	 * once, where it first appears, and a rule with more than {@value #LISTED_PER_RULE} lines to
	 * print shows its first {@value #LISTED_FILES}; a count per rule follows.
	 */
	private static void print(List<Problem> problems, boolean all, PrintStream out) {
		if (all) {
			problems.forEach((problem) -> printOne(problem, "", out));
			return;
		}
		Map<String, List<Problem>> byMessage = new LinkedHashMap<>();
		problems.forEach((problem) -> byMessage.computeIfAbsent(problem.severity() + problem.message(),
				(key) -> new ArrayList<>()).add(problem));
		Map<Problem, String> lines = new LinkedHashMap<>();
		for (Problem problem : problems) {
			List<Problem> same = byMessage.get(problem.severity() + problem.message());
			long files = same.stream().map(Problem::path).distinct().count();
			if (files <= LISTED_FILES) {
				lines.put(problem, "");
			}
			else if (same.get(0) == problem) {
				lines.put(problem, " (and in " + (files - 1) + " more files)");
			}
		}
		Map<Rule, Long> perRule = new EnumMap<>(Rule.class);
		problems.forEach((problem) -> perRule.merge(problem.rule(), 1L, Long::sum));
		Map<Rule, Long> shown = new EnumMap<>(Rule.class);
		lines.keySet().forEach((problem) -> shown.merge(problem.rule(), 1L, Long::sum));
		Map<Rule, Integer> printed = new EnumMap<>(Rule.class);
		lines.forEach((problem, suffix) -> {
			boolean crowded = shown.get(problem.rule()) > LISTED_PER_RULE;
			if (!crowded || printed.merge(problem.rule(), 1, Integer::sum) <= LISTED_FILES) {
				printOne(problem, suffix, out);
			}
		});
		if (lines.size() < problems.size() || !printed.isEmpty()) {
			out.println("by rule (lint --all lists every problem):");
			perRule.forEach((rule, n) -> out.println("  " + rule.id() + " (" + rule.severity().label() + "): " + n
					+ ((shown.get(rule) > LISTED_PER_RULE) ? ", " + LISTED_FILES + " listed" : "")));
		}
	}

	private static void printOne(Problem problem, String suffix, PrintStream out) {
		out.println(problem + suffix);
		if (!problem.detail().isEmpty()) {
			out.println("    parser: " + problem.detail());
		}
	}

	static String count(long n, String noun) {
		return n + " " + noun + ((n == 1) ? "" : "s");
	}

}
