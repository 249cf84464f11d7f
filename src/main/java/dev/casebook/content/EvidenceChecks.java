package dev.casebook.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.casebook.content.FrontMatter.CompanyDetails;
import dev.casebook.content.FrontMatter.MetricSpec;
import dev.casebook.content.FrontMatter.SourceDetails;
import dev.casebook.core.Problem;
import dev.casebook.core.Published;
import dev.casebook.core.Rule;

/**
 * Checks that each figure's date fits its source: a figure cannot have held after the source that
 * reports it was published. Run with every link, as it reads other entries' dates.
 */
final class EvidenceChecks {

	private EvidenceChecks() {
	}

	/** @param companies the entries to check; {@code sources} the source entries they may cite */
	static List<Problem> check(List<ParsedEntry> companies, List<ParsedEntry> sources) {
		Map<String, Published> published = new HashMap<>();
		for (ParsedEntry source : sources) {
			if (source.matter().details() instanceof SourceDetails details) {
				published.put(source.slug(), details.published());
			}
		}
		List<Problem> problems = new ArrayList<>();
		for (ParsedEntry entry : companies) {
			if (entry.matter().details() instanceof CompanyDetails details) {
				for (MetricSpec metric : details.metrics()) {
					Published when = published.get(metric.source().slug());
					if (metric.asOf().isPresent() && when != null && when.precedes(metric.asOf().get())) {
						problems.add(Rule.DATE_AFTER_SOURCE.at(entry.file(), metric.source().line(), "'as_of' "
								+ metric.asOf().get() + " is later than its source, " + metric.source().slug()
								+ ", was published (" + when.label() + ")"));
					}
				}
			}
		}
		return problems;
	}

}
