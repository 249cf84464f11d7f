package dev.casebook.compare;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.casebook.dora.DoraTable;
import dev.casebook.dora.DoraTable.Band;
import dev.casebook.model.DeployFrequency;
import dev.casebook.relation.Node;
import dev.casebook.web.TableDownload.Table;

/** Companies side by side under one year's DORA table. */
record Comparison(DoraTable dora, List<Integer> doraYears, List<Column> columns, List<Node> allCompanies) {

	/** One company's column. */
	record Column(Node company, String industry, List<Figure> scale, Optional<Deploys> deploys, List<Node> teamModel,
			List<Mark> tools, List<Mark> practices) {

	}

	/**
	 * A published figure, the date it goes by and its source.
	 *
	 * @param dated {@code as of 2014}, {@code reported April 2012} or {@code undated}
	 */
	record Figure(String name, String value, String unit, String dated, boolean disputed, Node source) {

	}

	/**
	 * The company's deployment-frequency figure, normalised, and its tier (empty when slower than the
	 * slowest published band).
	 */
	record Deploys(Figure figure, DeployFrequency frequency, Optional<Band> tier) {

	}

	/** A tool or practice, and whether another compared company shares it. */
	record Mark(Node entry, boolean shared) {

	}

	/** The comparison as a download: one row per company, figures as published with their dates. */
	Table table() {
		String tier = "tier (DORA " + this.dora.year() + ")";
		List<String> columns = List.of("company", "industry", "deploys", "deploys unit", "deploys dated",
				"deploys source", tier, "scale", "team model", "tools", "practices");
		return new Table(columns, this.columns.stream().map((column) -> {
			Optional<Figure> deploys = column.deploys().map(Deploys::figure);
			return List.of(column.company().title(), (column.industry() != null) ? column.industry() : "",
					deploys.map(Figure::value).orElse(""), deploys.map(Figure::unit).orElse(""),
					deploys.map(Figure::dated).orElse(""), deploys.map((figure) -> figure.source().title()).orElse(""),
					column.deploys().flatMap(Deploys::tier).map(Band::tier).orElse(""),
					column.scale().stream()
						.map((figure) -> figure.name() + ": " + figure.value() + " " + figure.unit() + " (" + figure.dated() + ")")
						.collect(Collectors.joining("; ")),
					titles(column.teamModel().stream()), titles(column.tools().stream().map(Mark::entry)),
					titles(column.practices().stream().map(Mark::entry)));
		}).toList());
	}

	private static String titles(Stream<Node> nodes) {
		return nodes.map(Node::title).collect(Collectors.joining("; "));
	}

}
