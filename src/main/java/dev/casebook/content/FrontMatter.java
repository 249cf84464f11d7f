package dev.casebook.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The typed front matter of one entry: the keys every kind has, plus the kind's own
 * {@link Details}.
 */
public record FrontMatter(String slug, String title, String summary, List<String> tags, List<String> aliases,
		Optional<LocalDate> date, List<Ref> sources, Details details) {

	/** Keys a kind has beyond the common ones. */
	public sealed interface Details {

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
