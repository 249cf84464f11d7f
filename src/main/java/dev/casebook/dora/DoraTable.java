package dev.casebook.dora;

import java.util.List;
import java.util.Optional;

/**
 * One year's DORA performance table: for each metric, bands from the best tier down.
 */
public record DoraTable(int year, Citation source, List<Band> deploymentFrequency, List<Band> leadTime) {

	/** Where a table comes from. */
	public record Citation(String report, int year, String publisher, String url) {

	}

	/**
	 * A tier's band: values (durations in days) below {@code limit}, or up to and including it when
	 * {@code inclusive}.
	 */
	public record Band(String tier, String published, double limit, boolean inclusive, Citation source) {

		boolean fits(double days) {
			return this.inclusive ? days <= this.limit : days < this.limit;
		}

	}

	/** The tier of a mean interval between deploys, in days; empty past the slowest band. */
	public Optional<Band> deploymentTier(double intervalDays) {
		return classify(this.deploymentFrequency, intervalDays);
	}

	/** The tier of a lead time for changes, in days; empty past the slowest band. */
	public Optional<Band> leadTimeTier(double days) {
		return classify(this.leadTime, days);
	}

	private static Optional<Band> classify(List<Band> bands, double days) {
		return bands.stream().filter((band) -> band.fits(days)).findFirst();
	}

}
