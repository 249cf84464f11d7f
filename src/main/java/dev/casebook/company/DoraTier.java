package dev.casebook.company;

import java.util.Optional;

import dev.casebook.dora.DoraTable;
import dev.casebook.dora.DoraTable.Band;
import dev.casebook.model.Company;

/**
 * The tier a company's deploy figure ({@link Company#getDeployFigure()}) falls in by a DORA table, the
 * year of that table, and the date the figure goes by ({@code as of 2014}, {@code reported April 2012}).
 */
public record DoraTier(Band band, int tableYear, String figureDate) {

	/** Empty when the company publishes no deploy figure or the figure is slower than every band. */
	static Optional<DoraTier> of(Company company, DoraTable table) {
		return company.getDeployFigure()
			.flatMap((figure) -> table.deploymentTier(figure.getDeployFrequency().orElseThrow().intervalDays())
				.map((band) -> new DoraTier(band, table.year(), figure.getDate().label())));
	}

}
