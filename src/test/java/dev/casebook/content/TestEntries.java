package dev.casebook.content;

import java.util.List;
import java.util.Optional;

import dev.casebook.company.Company;
import dev.casebook.content.FrontMatter.CompanyDetails;
import dev.casebook.content.FrontMatter.Details;
import dev.casebook.content.FrontMatter.PracticeDetails;
import dev.casebook.content.FrontMatter.SourceDetails;
import dev.casebook.content.FrontMatter.ToolDetails;
import dev.casebook.practice.Practice;
import dev.casebook.source.Source;
import dev.casebook.tool.Tool;

/** Entities for web-slice tests, built the way the indexer builds them. */
public final class TestEntries {

	private TestEntries() {
	}

	public static Company company(String slug, String title) {
		var details = new CompanyDetails("Retail", Optional.of(1999), List.of(), List.of(), List.of());
		return new Company(matter(slug, title, details), details, "companies/" + slug + ".md", body(title));
	}

	public static Tool tool(String slug, String title) {
		var details = new ToolDetails("Deployment", "", Optional.of(true));
		return new Tool(matter(slug, title, details), details, "tools/" + slug + ".md", body(title));
	}

	public static Practice practice(String slug, String title) {
		var details = new PracticeDetails("Delivery");
		return new Practice(matter(slug, title, details), details, "practices/" + slug + ".md", body(title));
	}

	public static Source source(String slug, String title) {
		var details = new SourceDetails("Publisher", "Author", Published.parse("2020").orElseThrow(), "https://example.org",
				"article");
		return new Source(matter(slug, title, details), details, "sources/" + slug + ".md", body(title));
	}

	/** The card a list page shows of an entry made by one of the methods above. */
	public static EntryCard card(Kind kind, String slug, String title) {
		return new EntryCard(kind, slug, title, "Summary of " + title + ".");
	}

	private static FrontMatter matter(String slug, String title, Details details) {
		return new FrontMatter(slug, title, "Summary of " + title + ".", List.of(), List.of(), Optional.empty(),
				List.of(), details, false);
	}

	private static String body(String title) {
		return "<p>About " + title + ".</p>";
	}

}
