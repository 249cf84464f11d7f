package dev.casebook.model;

import java.util.List;
import java.util.Optional;

import dev.casebook.core.Kind;
import dev.casebook.core.Published;

/** Entities for web-slice tests, described the way the indexer describes them. */
public final class TestEntries {

	private TestEntries() {
	}

	public static Company company(String slug, String title) {
		Company company = new Company(slug);
		company.describe(description(title, "companies/" + slug + ".md"), "Retail", Optional.of(1999));
		return company;
	}

	public static Tool tool(String slug, String title) {
		Tool tool = new Tool(slug);
		tool.describe(description(title, "tools/" + slug + ".md"), "Deployment", "", Optional.of(true));
		return tool;
	}

	public static Practice practice(String slug, String title) {
		Practice practice = new Practice(slug);
		practice.describe(description(title, "practices/" + slug + ".md"), "Delivery");
		return practice;
	}

	public static Source source(String slug, String title) {
		Source source = new Source(slug);
		source.describe(description(title, "sources/" + slug + ".md"), "Publisher", "Author",
				Published.parse("2020").orElseThrow(), "https://example.org", "article");
		return source;
	}

	/** The card a list page shows of an entry made by one of the methods above. */
	public static EntryCard card(Kind kind, String slug, String title) {
		return new EntryCard(kind, slug, title, "Summary of " + title + ".");
	}

	/** What a file with this title says, with a one-paragraph body. */
	public static Description description(String title, String file) {
		return new Description(title, "Summary of " + title + ".", Optional.empty(), List.of(), file,
				"<p>About " + title + ".</p>");
	}

}
