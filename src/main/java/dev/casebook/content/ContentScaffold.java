package dev.casebook.content;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.casebook.core.Kind;

/**
 * {@code new KIND "Title" [--content DIR]}: writes {@code DIR/KIND/slug.md} with every
 * front-matter key of that kind, the optional ones commented out, as {@code hugo new} does. It
 * never overwrites a file. What it writes passes lint, with a warning until the summary is
 * rewritten.
 */
public final class ContentScaffold {

	/** The summary a new entry starts with; lint warns while it is left. */
	static final String PLACEHOLDER_SUMMARY = "Write one sentence here; it is shown in lists, link previews and search results.";

	static final String USAGE_TEXT = """
			usage: new company|tool|practice|source "Title" [--content DIR]
			  writes DIR/<kind folder>/<slug>.md (DIR defaults to content) with every front-matter key""";

	private ContentScaffold() {
	}

	/** @param args the arguments after {@code new} */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		List<String> list = List.of(args);
		if (list.contains("--help") || list.contains("-h")) {
			out.println(USAGE_TEXT);
			return ContentLint.CLEAN;
		}
		Path root = Path.of("content");
		if (list.size() == 4 && list.get(2).equals("--content")) {
			root = Path.of(list.get(3));
		}
		else if (list.size() != 2) {
			err.println(USAGE_TEXT);
			return ContentLint.USAGE;
		}
		Optional<Kind> kind = Kind.ofKey(list.get(0)).or(() -> Kind.ofFolder(list.get(0)));
		String title = list.get(1).strip();
		String slug = Slugs.of(title);
		if (kind.isEmpty() || slug.isEmpty()) {
			err.println("new: " + (kind.isEmpty() ? "unknown kind '" + list.get(0) + "'" : "the title has no letters or digits"));
			err.println(USAGE_TEXT);
			return ContentLint.USAGE;
		}
		Path file = root.resolve(kind.get().folder()).resolve(slug + ".md");
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text(kind.get(), title), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
		}
		catch (FileAlreadyExistsException ex) {
			err.println("new: " + file + " already exists; it is left as it is");
			return ContentLint.USAGE;
		}
		catch (IOException ex) {
			err.println("new: cannot write " + file + ": " + ContentLoader.reason(ex));
			return ContentLint.USAGE;
		}
		out.println("wrote " + file + ": fill in the summary and body, uncomment the keys you need, then run lint");
		return ContentLint.CLEAN;
	}

	static String text(Kind kind, String title) {
		return "---\n"
				+ "title: " + quoted(title) + "\n"
				+ "summary: " + PLACEHOLDER_SUMMARY + "\n"
				+ "date: " + LocalDate.now() + "            # when this entry was last reviewed\n"
				+ "# tags: [continuous-delivery]   # lowercase words joined by hyphens\n"
				+ "# aliases: [Other name]         # other names that [[links]] may use\n"
				+ "# slug: other-address           # the address; defaults to the file name\n"
				+ "# draft: true                   # checked by lint, kept off the site\n"
				+ "# sources: [source-slug]        # documents this entry draws on\n"
				+ keys(kind)
				+ "---\n\n"
				+ "Write about " + title + " here. Link other entries by slug or by title: `[[slug]]`, `[[Title]]`.\n";
	}

	private static String keys(Kind kind) {
		return switch (kind) {
			case COMPANY -> """
					# industry: E-commerce marketplace
					# founded: 2005
					# tools: [tool-slug]            # tools the company uses
					# practices: [practice-slug]    # practices it adopts
					# metrics:                      # figures, each with its year and source
					#   - {name: Production deploys, value: 50, unit: deploys/day, year: 2014, source: source-slug}
					# timeline:                     # dated events, each with its source
					#   - {year: 2009, event: What happened, source: source-slug}
					""";
			case TOOL -> """
					# category: Deployment
					# website: https://example.org/
					# open_source: true
					# created_by: company-slug
					# practices: [practice-slug]    # practices the tool supports
					# companies: [company-slug]     # companies that use it
					""";
			case PRACTICE -> """
					# category: Delivery
					# related: [practice-slug]
					# companies: [company-slug]     # companies that adopt it
					""";
			case SOURCE -> """
					# type: article                 # article, talk, course, q-and-a or book
					# author: Name of the author
					# publisher: Name of the publisher
					# published: 2015-02-10
					# url: https://example.org/the-document
					""";
		};
	}

	private static String quoted(String title) {
		return "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
