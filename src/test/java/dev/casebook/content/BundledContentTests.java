package dev.casebook.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.casebook.content.FrontMatter.CompanyDetails;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The content shipped in {@code content/} is complete and clean. */
class BundledContentTests {

	private final Markdown markdown = new Markdown();

	private final ContentLoader.Loaded loaded = new ContentLoader(new EntryFileParser(this.markdown))
		.load(Path.of("content"));

	@Test
	void everyFileIndexesWithoutAnyProblem() {
		ContentLinker.Linked linked = new ContentLinker(this.markdown).link(this.loaded.entries());
		List<Problem> problems = new ArrayList<>(this.loaded.problems());
		problems.addAll(linked.problems());
		assertThat(problems).isEmpty();
		assertThat(linked.entries()).hasSize(this.loaded.files());
	}

	@Test
	void everyCompanyHasSourcedFiguresAndTimeline() {
		List<ParsedEntry> companies = this.loaded.entries().stream().filter((e) -> e.kind() == Kind.COMPANY).toList();
		assertThat(companies).extracting(ParsedEntry::slug).contains("etsy", "netflix", "amazon", "facebook");
		for (ParsedEntry company : companies) {
			CompanyDetails details = (CompanyDetails) company.matter().details();
			List<String> cited = company.matter().sources().stream().map(Ref::slug).toList();
			assertThat(details.metrics()).as(company.file()).isNotEmpty();
			details.metrics()
				.forEach((metric) -> assertThat(cited).as(company.file() + " cites " + metric.source().slug())
					.contains(metric.source().slug()));
			details.timeline()
				.forEach((event) -> assertThat(cited).as(company.file() + " cites " + event.source().slug())
					.contains(event.source().slug()));
		}
	}

}
