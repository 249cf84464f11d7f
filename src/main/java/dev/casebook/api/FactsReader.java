package dev.casebook.api;

import java.util.List;
import java.util.Optional;

import dev.casebook.api.EntryResource.CompanyFacts;
import dev.casebook.api.EntryResource.Event;
import dev.casebook.api.EntryResource.Facts;
import dev.casebook.api.EntryResource.Figure;
import dev.casebook.api.EntryResource.PracticeFacts;
import dev.casebook.api.EntryResource.SourceFacts;
import dev.casebook.api.EntryResource.Stage;
import dev.casebook.api.EntryResource.ToolFacts;
import dev.casebook.core.Kind;
import dev.casebook.core.PartialDate;
import dev.casebook.model.Company;
import dev.casebook.model.CompanyRepository;
import dev.casebook.model.FigureDate;
import dev.casebook.model.Metric;
import dev.casebook.model.PipelineStage;
import dev.casebook.model.PracticeRepository;
import dev.casebook.model.Source;
import dev.casebook.model.SourceRepository;
import dev.casebook.model.TimelineEvent;
import dev.casebook.model.ToolRepository;
import dev.casebook.relation.RelationIndex;
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
					.map((source) -> new SourceFacts(source.getPublisher(), source.getAuthor(), source.getPublished().toString(),
							source.getUrl(), source.getType()));
		}
	}

	private static CompanyFacts company(Company company, RelationIndex index) {
		return new CompanyFacts(company.getIndustry(), company.getFounded().orElse(null),
				company.getMetrics().stream().map((m) -> figure(m, index)).toList(),
				company.getTimeline().stream().map((e) -> event(e, index)).toList(),
				company.getPipeline().stream().map((stage) -> stage(stage, index)).toList());
	}

	private static Figure figure(Metric m, RelationIndex index) {
		FigureDate date = m.getDate();
		return new Figure(m.getName(), m.getValue(), m.getUnit(), m.getAsOf().map(PartialDate::toString).orElse(null),
				date.basis(), date.year().orElse(null), m.getLocator(), m.getNote(), m.getMeasure(), m.isDisputed(),
				source(m.getSource(), index));
	}

	private static Event event(TimelineEvent e, RelationIndex index) {
		return new Event(e.getDate().toString(), e.getYear(), e.getEvent(), e.getLocator(), e.getNote(), e.isDisputed(),
				links(e.getDisputedBy(), "source", index), source(e.getSource(), index));
	}

	private static Stage stage(PipelineStage stage, RelationIndex index) {
		return new Stage(stage.getName(), stage.getKind().key(), links(stage.getToolSlugs(), "tool", index),
				links(stage.getPracticeSlugs(), "practice", index), stage.getShips(), stage.getTrigger(), stage.getGate(),
				stage.getExposure(), stage.getConfiguration(), stage.getLocator(), stage.getNote(),
				source(stage.getSource(), index));
	}

	private static List<ApiLink> links(List<String> slugs, String relation, RelationIndex index) {
		return slugs.stream().flatMap((slug) -> index.node(slug).stream()).map((node) -> ApiLink.to(relation, node)).toList();
	}

	private static ApiLink source(Source source, RelationIndex index) {
		return (source != null) ? index.node(source.getSlug()).map((node) -> ApiLink.to("source", node)).orElse(null)
				: null;
	}

}
