package dev.casebook.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a company's figures say at a glance: the key ones, the deploy frequency, their text. */
final class KeyFigures {

	private KeyFigures() {
	}

	/** Deploy frequencies first, otherwise as written. */
	static List<Metric> ordered(List<Metric> metrics) {
		return metrics.stream().sorted(Comparator.comparing((Metric metric) -> !metric.isDeployFrequency())).toList();
	}

	/** The most recent deploy frequency by the date it goes by, the most frequent within a year. */
	static Optional<Metric> deployFigure(List<Metric> metrics) {
		return metrics.stream()
			.filter(Metric::isDeployFrequency)
			.max(Comparator.comparingInt((Metric metric) -> metric.getDate().sortYear())
				.thenComparing((Metric metric) -> -metric.getDeployFrequency().orElseThrow().intervalDays()));
	}

	/** Name, value and unit of each figure, one figure a line. */
	static String text(List<Metric> metrics) {
		return metrics.stream()
			.map((metric) -> metric.getName() + " " + metric.getValue() + " " + metric.getUnit())
			.collect(Collectors.joining("\n"));
	}

}
