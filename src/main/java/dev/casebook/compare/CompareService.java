package dev.casebook.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.casebook.compare.Comparison.Column;
import dev.casebook.compare.Comparison.Deploys;
import dev.casebook.compare.Comparison.Figure;
import dev.casebook.compare.Comparison.Mark;
import dev.casebook.core.Kind;
import dev.casebook.core.RelationType;
import dev.casebook.core.Suggestions;
import dev.casebook.dora.DoraTable;
import dev.casebook.dora.DoraTables;
import dev.casebook.model.Company;
import dev.casebook.model.CompanyRepository;
import dev.casebook.model.DeployFrequency;
import dev.casebook.model.Metric;
import dev.casebook.relation.Node;
import dev.casebook.relation.Relation;
import dev.casebook.relation.RelationIndex;
import dev.casebook.relation.RelationIndexer;
import dev.casebook.web.BadParameterException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a {@link Comparison}. A company's team model is the practices it adopts whose category is
 * {@value #TEAM_MODEL_CATEGORY} (two-pizza teams, you build it you run it…). Its deployment frequency
 * is its most recent {@link DeployFrequency} figure (the most frequent one if a year has several).
 */
@Service
class CompareService {

	static final String TEAM_MODEL_CATEGORY = "Organisation";

	private final CompanyRepository companies;

	private final RelationIndexer relations;

	private final DoraTables dora;

	CompareService(CompanyRepository companies, RelationIndexer relations, DoraTables dora) {
		this.companies = companies;
		this.relations = relations;
		this.dora = dora;
	}

	@Transactional(readOnly = true)
	Comparison compare(List<String> slugs, String doraYear) {
		RelationIndex index = this.relations.current();
		List<Node> all = index.nodes(Kind.COMPANY);
		List<Node> chosen = (slugs == null || slugs.isEmpty()) ? all : slugs.stream().distinct().map((slug) -> index
			.node(slug)
			.filter((node) -> node.kind() == Kind.COMPANY)
			.orElseThrow(() -> new BadParameterException("c", "no company '" + slug + "'"
					+ Suggestions.didYouMean(slug, all.stream().map(Node::slug).toList())
					+ "; known companies: " + String.join(", ", all.stream().map(Node::slug).toList()))))
			.toList();
		DoraTable table = table(doraYear);
		Map<String, Integer> toolCounts = counts(chosen, index, Relation.of(RelationType.USES));
		Map<String, Integer> practiceCounts = counts(chosen, index, Relation.of(RelationType.ADOPTS));
		List<Column> columns = chosen.stream()
			.map((node) -> column(node, index, table, toolCounts, practiceCounts))
			.toList();
		return new Comparison(table, this.dora.years(), columns, all);
	}

	private Column column(Node node, RelationIndex index, DoraTable table, Map<String, Integer> toolCounts,
			Map<String, Integer> practiceCounts) {
		Company company = this.companies.findBySlug(node.slug()).orElseThrow();
		List<Figure> figures = company.getMetrics()
			.stream()
			.filter((metric) -> !metric.isDeployFrequency())
			.map((metric) -> figure(metric, index))
			.toList();
		Optional<Deploys> deploys = company.getDeployFigure().map((metric) -> {
			DeployFrequency frequency = metric.getDeployFrequency().orElseThrow();
			return new Deploys(figure(metric, index), frequency, table.deploymentTier(frequency.intervalDays()));
		});
		List<Node> practices = index.nodes(index.related(node.slug(), Relation.of(RelationType.ADOPTS)));
		return new Column(node, company.getIndustry(), figures, deploys,
				practices.stream().filter((practice) -> TEAM_MODEL_CATEGORY.equals(practice.category())).toList(),
				marks(index.nodes(index.related(node.slug(), Relation.of(RelationType.USES))), toolCounts),
				marks(practices, practiceCounts));
	}

	private DoraTable table(String year) {
		if (year == null || year.isBlank()) {
			return this.dora.latest();
		}
		String known = "available years: " + this.dora.years();
		try {
			return this.dora.year(Integer.parseInt(year.strip()))
				.orElseThrow(() -> new BadParameterException("dora", "no DORA table for " + year + "; " + known));
		}
		catch (NumberFormatException ex) {
			throw new BadParameterException("dora", "'" + year + "' is not a year; " + known);
		}
	}

	private static Figure figure(Metric metric, RelationIndex index) {
		return new Figure(metric.getName(), metric.getValue(), metric.getUnit(), metric.getDate().label(), metric.isDisputed(),
				(metric.getSource() != null) ? index.node(metric.getSource().getSlug()).orElse(null) : null);
	}

	private static Map<String, Integer> counts(List<Node> companies, RelationIndex index, Relation relation) {
		Map<String, Integer> counts = new HashMap<>();
		for (Node company : companies) {
			index.related(company.slug(), relation).forEach((slug) -> counts.merge(slug, 1, Integer::sum));
		}
		return counts;
	}

	private static List<Mark> marks(List<Node> entries, Map<String, Integer> counts) {
		return entries.stream().map((entry) -> new Mark(entry, counts.getOrDefault(entry.slug(), 0) > 1)).toList();
	}

}
