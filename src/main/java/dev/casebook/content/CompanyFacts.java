package dev.casebook.content;

import java.util.List;
import java.util.Optional;

import dev.casebook.content.FrontMatter.EventSpec;
import dev.casebook.content.FrontMatter.MetricSpec;
import dev.casebook.content.FrontMatter.StageSpec;
import dev.casebook.core.PartialDate;
import dev.casebook.core.Rule;
import dev.casebook.core.StageKind;

/**
 * Reads a company's evidence: its figures ({@code metrics}), dated events ({@code timeline}) and
 * delivery {@code pipeline}, each with the source it comes from. A figure carries only the date a
 * source states ({@code as_of}); whether that date fits the source is checked once the sources
 * are known.
 */
final class CompanyFacts {

	private CompanyFacts() {
	}

	static Optional<MetricSpec> metric(YamlFields fields) {
		renamed(fields, "year", "as_of", "a metric", "give it only when the source says when the figure held");
		String name = fields.required("name");
		String value = fields.required("value");
		Optional<PartialDate> asOf = date(fields, "as_of");
		Optional<Ref> source = source(fields, "metric");
		return source.filter((ok) -> !name.isEmpty() && !value.isEmpty())
			.map((ref) -> new MetricSpec(name, value, fields.text("unit"), asOf, ref, fields.text("locator"),
					fields.text("note"), fields.text("measure")));
	}

	static Optional<EventSpec> event(YamlFields fields) {
		renamed(fields, "year", "date", "a timeline event", "a year, month or day, as precise as the source says");
		Optional<PartialDate> date = date(fields, "date");
		if (date.isEmpty() && !fields.has("date") && !fields.has("year")) {
			fields.error(fields.line(), Rule.INCOMPLETE, "a timeline event needs a 'date' (2008, 2008-08 or 2008-08-11)");
		}
		String event = fields.required("event");
		Optional<Ref> source = source(fields, "timeline event");
		List<Ref> disputedBy = YamlLists.refs(fields, "disputed_by");
		return source.filter((ok) -> date.isPresent() && !event.isEmpty())
			.map((ref) -> new EventSpec(date.get(), event, ref, fields.text("locator"), fields.text("note"), disputedBy));
	}

	static Optional<StageSpec> stage(YamlFields fields) {
		String name = fields.required("stage");
		Optional<StageKind> kind = fields.string("kind").flatMap((key) -> {
			Optional<StageKind> known = StageKind.ofKey(key);
			if (known.isEmpty()) {
				fields.error(fields.lineOf("kind"), Rule.WRONG_TYPE,
						"'kind' must be build, test, package, stage, release or verify, not '" + key + "'");
			}
			return known;
		});
		if (kind.isEmpty() && !fields.has("kind")) {
			fields.error(fields.line(), Rule.INCOMPLETE, "a pipeline stage needs a 'kind' (build, test, package, stage, "
					+ "release or verify)");
		}
		Optional<Ref> source = source(fields, "pipeline stage");
		List<Ref> tools = YamlLists.refs(fields, "tools");
		List<Ref> practices = YamlLists.refs(fields, "practices");
		return source.filter((ok) -> kind.isPresent() && !name.isEmpty())
			.map((ref) -> new StageSpec(name, kind.get(), tools, practices, fields.text("ships"), fields.text("trigger"),
					fields.text("gate"), fields.text("exposure"), fields.text("configuration"), ref,
					fields.text("locator"), fields.text("note")));
	}

	private static Optional<Ref> source(YamlFields fields, String what) {
		Optional<Ref> source = YamlLists.ref(fields, "source");
		if (source.isEmpty()) {
			fields.error(fields.line(), Rule.INCOMPLETE, "a " + what + " needs a 'source' (a source slug)");
		}
		return source;
	}

	private static Optional<PartialDate> date(YamlFields fields, String key) {
		Optional<String> written = fields.string(key);
		Optional<PartialDate> date = written.flatMap(PartialDate::parse);
		if (written.isPresent() && date.isEmpty()) {
			fields.error(fields.lineOf(key), Rule.WRONG_TYPE, "'" + key + "' must be a year, month or day such as 2014, "
					+ "2008-08, 2008-08-11 or by 2014, not '" + written.get() + "'");
		}
		return date;
	}

	/** Reports a key of the earlier format, so that it is not read as unknown. */
	private static void renamed(YamlFields fields, String old, String now, String what, String how) {
		if (fields.has(old)) {
			fields.string(old);
			fields.error(fields.lineOf(old), Rule.RENAMED_KEY,
					"'" + old + "' of " + what + " is now '" + now + "': " + how);
		}
	}

}
