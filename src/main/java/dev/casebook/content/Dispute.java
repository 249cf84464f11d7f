package dev.casebook.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.casebook.content.FrontMatter.CompanyDetails;
import dev.casebook.content.FrontMatter.EventSpec;
import dev.casebook.content.FrontMatter.MetricSpec;

/**
 * Where a company's sources disagree: figures of one measure (the same {@code measure}, or else
 * the same name) for the same year (or both undated) whose values, given by different sources,
 * differ by more than
 * {@value #TOLERANCE_PERCENT}%; or an event marked {@code disputed_by} another source.
 *
 * @param company the company's slug
 * @param file its content file
 * @param what the measure's or event's words
 * @param sources the slugs of the sources that disagree
 */
public record Dispute(String company, String file, String what, List<String> sources) {

	static final int TOLERANCE_PERCENT = 5;

	/** Every disagreement in one company's figures and history. */
	static List<Dispute> of(ParsedEntry entry) {
		if (!(entry.matter().details() instanceof CompanyDetails details)) {
			return List.of();
		}
		List<Dispute> disputes = new ArrayList<>();
		byMeasure(details).forEach((measure, figures) -> {
			if (disagree(figures)) {
				disputes.add(new Dispute(entry.slug(), entry.file(), figures.get(0).name(),
						figures.stream().map((m) -> m.source().slug()).distinct().toList()));
			}
		});
		for (EventSpec event : details.timeline()) {
			if (!event.disputedBy().isEmpty()) {
				List<String> sources = new ArrayList<>(List.of(event.source().slug()));
				event.disputedBy().forEach((ref) -> sources.add(ref.slug()));
				disputes.add(new Dispute(entry.slug(), entry.file(), event.event(), List.copyOf(sources)));
			}
		}
		return disputes;
	}

	/** Whether {@code metric}'s measure is one its sources disagree on. */
	static boolean isDisputed(CompanyDetails details, MetricSpec metric) {
		return disagree(byMeasure(details).get(measureOf(metric)));
	}

	/** Figures by what they measure, in front-matter order. */
	private static Map<String, List<MetricSpec>> byMeasure(CompanyDetails details) {
		return details.metrics().stream().collect(Collectors.groupingBy(Dispute::measureOf, LinkedHashMap::new,
				Collectors.toList()));
	}

	private static String measureOf(MetricSpec metric) {
		return measureOf(metric.name(), metric.measure(), metric.asOf());
	}

	/**
	 * What a figure measures, and when: figures of one measure and year are compared; figures of
	 * other years form a series, not a disagreement.
	 */
	public static String measureOf(String name, String measure, Optional<PartialDate> asOf) {
		return (measure.isEmpty() ? name : measure).strip().toLowerCase(Locale.ROOT) + "@"
				+ asOf.map((date) -> String.valueOf(date.year())).orElse("");
	}

	/** Two sources give numbers for the measure that differ beyond the tolerance. */
	private static boolean disagree(List<MetricSpec> figures) {
		Set<String> sources = figures.stream().map((m) -> m.source().slug()).collect(Collectors.toSet());
		if (sources.size() < 2) {
			return false;
		}
		List<Double> numbers = figures.stream().flatMap((m) -> FigureValue.number(m.value()).stream()).toList();
		double low = numbers.stream().mapToDouble(Double::doubleValue).min().orElse(0);
		double high = numbers.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		return numbers.size() >= 2 && FigureValue.differ(low, high, TOLERANCE_PERCENT / 100.0);
	}

}
