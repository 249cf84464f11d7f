package dev.casebook.content;

import java.util.List;
import java.util.Optional;

import dev.casebook.content.FrontMatter.CompanyDetails;
import dev.casebook.content.FrontMatter.Details;
import dev.casebook.content.FrontMatter.PracticeDetails;
import dev.casebook.content.FrontMatter.SourceDetails;
import dev.casebook.content.FrontMatter.ToolDetails;
import dev.casebook.core.Kind;
import dev.casebook.core.Published;
import dev.casebook.core.Rule;

/**
 * Reads the keys only one kind of entry has: a company's industry, founding year and evidence
 * (see {@link CompanyFacts}), a tool's category, website and whether it is open source, a
 * practice's category, and a source's publisher, author, publication date, address and type.
 */
final class KindDetails {

	private static final List<String> SOURCE_TYPES = List.of("article", "talk", "course", "q-and-a", "book");

	private KindDetails() {
	}

	static Details read(Kind kind, YamlFields fields) {
		return switch (kind) {
			case COMPANY -> new CompanyDetails(fields.text("industry"), YamlScalars.integer(fields, "founded"),
					YamlLists.objects(fields, "metrics", CompanyFacts::metric),
					YamlLists.objects(fields, "timeline", CompanyFacts::event),
					YamlLists.objects(fields, "pipeline", CompanyFacts::stage));
			case TOOL -> new ToolDetails(fields.text("category"), YamlScalars.webAddress(fields, "website"),
					YamlScalars.bool(fields, "open_source"));
			case PRACTICE -> new PracticeDetails(fields.text("category"));
			case SOURCE -> new SourceDetails(fields.text("publisher"), fields.text("author"), published(fields),
					YamlScalars.webAddress(fields, "url"), sourceType(fields));
		};
	}

	private static Published published(YamlFields fields) {
		Optional<String> written = fields.string("published");
		if (written.isEmpty()) {
			if (!fields.has("published")) {
				fields.warning(fields.line(), Rule.UNDATED_SOURCE, Rule.UNDATED_SOURCE.example());
			}
			return Published.UNDATED;
		}
		Optional<Published> published = Published.parse(written.get());
		if (published.isEmpty()) {
			fields.error(fields.lineOf("published"), Rule.WRONG_TYPE, "'published' must be a date like 2012-04-05, "
					+ "2012-04 or 2012, a span like 2011-2013, or 'undated', not '" + written.get() + "'");
		}
		return published.orElse(Published.UNDATED);
	}

	private static String sourceType(YamlFields fields) {
		String type = fields.text("type");
		if (!type.isEmpty() && !SOURCE_TYPES.contains(type)) {
			fields.error(fields.lineOf("type"), Rule.BAD_SOURCE_TYPE,
					"type '" + type + "' must be one of " + String.join(", ", SOURCE_TYPES));
			return "";
		}
		return type;
	}

}
