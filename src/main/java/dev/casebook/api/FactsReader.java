package dev.casebook.api;

import java.util.Optional;

import dev.casebook.api.EntryResource.CompanyFacts;
import dev.casebook.api.EntryResource.Event;
import dev.casebook.api.EntryResource.Facts;
import dev.casebook.api.EntryResource.Figure;
import dev.casebook.api.EntryResource.PracticeFacts;
import dev.casebook.api.EntryResource.SourceFacts;
import dev.casebook.api.EntryResource.ToolFacts;
import dev.casebook.company.Company;
import dev.casebook.company.CompanyRepository;
import dev.casebook.content.Kind;
import dev.casebook.practice.PracticeRepository;
import dev.casebook.relation.RelationIndex;
import dev.casebook.source.Source;
import dev.casebook.source.SourceRepository;
import dev.casebook.tool.ToolRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the kind-specific facts of one entry from its repository. */
@Component
class FactsReader {

	private final CompanyRepository companies;

	private final ToolRepository tools;

	private final PracticeRepository practices;

	private final SourceRepository sources;

	FactsReader(CompanyRepository companies, ToolRepository tools, PracticeRepository practices,
			SourceRepository sources) {
		this.companies = companies;
		this.tools = tools;
		this.practices = practices;
		this.sources = sources;
	}

	@Transactional(readOnly = true)
	Optional<Facts> read(Kind kind, String slug, RelationIndex index) {
		switch (kind) {
			case COMPANY:
				return this.companies.findBySlug(slug).map((company) -> company(company, index));
			case TOOL:
				return this.tools.findBySlug(slug)
					.map((tool) -> new ToolFacts(tool.getCategory(), tool.getWebsite(), tool.getOpenSource().orElse(null)));
			case PRACTICE:
				return this.practices.findBySlug(slug).map((practice) -> new PracticeFacts(practice.getCategory()));
			default:
				return this.sources.findBySlug(slug)
					.map((source) -> new SourceFacts(source.getPublisher(), source.getAuthor(), source.getPublished(),
							source.getUrl(), source.getType()));
		}
	}

	private static CompanyFacts company(Company company, RelationIndex index) {
		return new CompanyFacts(company.getIndustry(), company.getFounded().orElse(null),
				company.getMetrics()
					.stream()
					.map((m) -> new Figure(m.getName(), m.getValue(), m.getUnit(), m.getYear(), source(m.getSource(), index)))
					.toList(),
				company.getTimeline()
					.stream()
					.map((e) -> new Event(e.getYear(), e.getEvent(), source(e.getSource(), index)))
					.toList());
	}

	private static ApiLink source(Source source, RelationIndex index) {
		return (source != null) ? index.node(source.getSlug()).map((node) -> ApiLink.to("source", node)).orElse(null)
				: null;
	}

}
