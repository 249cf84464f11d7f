package dev.casebook.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The typed front matter of one entry: the keys every kind has, plus the kind's own
 * {@link Details}.
 *
 * @param draft whether the entry is a draft ({@code draft: true}, or dev.to's {@code published:
 * false}): checked like any entry, never served
 */
public record FrontMatter(String slug, String title, String summary, List<String> tags, List<String> aliases,
		Optional<LocalDate> date, List<Ref> sources, Details details, boolean draft) {

	/** What is known of a file whose front matter cannot be read: its slug; no title. */
	static FrontMatter bare(Kind kind, String slug) {
		return titled(kind, slug, "", "");
	}

	/** Front matter with a title and summary only. */
	static FrontMatter titled(Kind kind, String slug, String title, String summary) {
		return new FrontMatter(slug, title, summary, List.of(), List.of(), Optional.empty(), List.of(), Details.none(kind),
				false);
	}

	/** Keys a kind has beyond the common ones. */
	public sealed interface Details {

		/** The details of an entry that declares none. */
		static Details none(Kind kind) {
			return switch (kind) {
				case COMPANY -> new CompanyDetails("", Optional.empty(), List.of(), List.of(), List.of(), List.of());
				case TOOL -> new ToolDetails("", "", Optional.empty(), Optional.empty(), List.of(), List.of());
				case PRACTICE -> new PracticeDetails("", List.of(), List.of());
				case SOURCE -> new SourceDetails("", "", "", "", "");
			};
		}

	}

	public record MetricSpec(String name, String value, String unit, int year, Ref source) {
	}

	public record EventSpec(int year, String event, Ref source) {
	}

	public record CompanyDetails(String industry, Optional<Integer> founded, List<Ref> tools, List<Ref> practices,
			List<MetricSpec> metrics, List<EventSpec> timeline) implements Details {
	}

	public record ToolDetails(String category, String website, Optional<Boolean> openSource, Optional<Ref> createdBy,
			List<Ref> practices, List<Ref> companies) implements Details {
	}

	public record PracticeDetails(String category, List<Ref> related, List<Ref> companies) implements Details {
	}

	public record SourceDetails(String publisher, String author, String published, String url, String type)
			implements Details {
	}

}
