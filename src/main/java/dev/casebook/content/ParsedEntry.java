package dev.casebook.content;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.vladsch.flexmark.util.ast.Document;
import dev.casebook.content.FrontMatter.CompanyDetails;
import dev.casebook.content.FrontMatter.MetricSpec;
import dev.casebook.content.FrontMatter.StageSpec;
import dev.casebook.core.Kind;

/**
 * One content file read and parsed, not yet linked to the others.
 *
 * @param file the path relative to the content folder, with {@code /} separators
 */
public record ParsedEntry(String file, Kind kind, FrontMatter matter, Document body) {

	String slug() {
		return this.matter.slug();
	}

	/**
	 * The sources the entry's page cites above its body, in page order: a company's figures, then its
	 * pipeline. The body's citations number on from these.
	 */
	List<String> citedAboveBody() {
		if (!(this.matter.details() instanceof CompanyDetails company)) {
			return List.of();
		}
		return Stream.concat(company.metrics().stream().map(MetricSpec::source),
				company.pipeline().stream().map(StageSpec::source))
			.filter(Objects::nonNull)
			.map(Ref::slug)
			.distinct()
			.toList();
	}

}
