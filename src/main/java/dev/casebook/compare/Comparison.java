package dev.casebook.compare;

import java.util.List;
import java.util.Optional;

import dev.casebook.company.DeployFrequency;
import dev.casebook.compare.DoraTable.Band;
import dev.casebook.relation.Node;

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

}
