package dev.casebook.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.casebook.content.FrontMatter.CompanyDetails;
import dev.casebook.content.FrontMatter.EventSpec;
import dev.casebook.content.FrontMatter.MetricSpec;
import dev.casebook.content.FrontMatter.SourceDetails;
import dev.casebook.core.Dispute;
import dev.casebook.core.FigureValue;
import dev.casebook.core.PartialDate;
import dev.casebook.core.Published;

/** Finds the {@link Dispute}s in parsed entries: figures whose sources disagree, and disputed events. */
final class Disputes {

	static final int TOLERANCE_PERCENT = 5;

	private Disputes() {
	}

	/**
	 * Every disagreement in one company's figures and history.
	 * @param published when each source (by slug) was published: a figure without an
	 * {@code as_of} goes by its source's year
	 */
	static List<Dispute> of(ParsedEntry entry, Function<String, Published> published) {
		if (!(entry.matter().details() instanceof CompanyDetails details)) {
			return List.of();
		}
		List<Dispute> disputes = new ArrayList<>();
		byMeasure(details, published).forEach((measure, figures) -> {
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

	/** When each source entry was published, by slug. */
	static Map<String, Published> published(List<ParsedEntry> entries) {
		Map<String, Published> published = new HashMap<>();
		entries.forEach((entry) -> {
			if (entry.matter().details() instanceof SourceDetails details) {
				published.put(entry.slug(), details.published());
			}
		});
		return published;
	}

	/** Whether {@code metric}'s measure is one its sources disagree on. */
	static boolean isDisputed(CompanyDetails details, MetricSpec metric, Function<String, Published> published) {
		return disagree(byMeasure(details, published).get(measureOf(metric, published)));
	}

	/** Figures by what they measure, in front-matter order. */
	private static Map<String, List<MetricSpec>> byMeasure(CompanyDetails details, Function<String, Published> published) {
		return details.metrics().stream().collect(Collectors.groupingBy((metric) -> measureOf(metric, published),
				LinkedHashMap::new, Collectors.toList()));
	}

	private static String measureOf(MetricSpec metric, Function<String, Published> published) {
		Optional<Integer> year = metric.asOf().map(PartialDate::year)
			.or(() -> Optional.ofNullable(published.apply(metric.source().slug())).flatMap(Published::year));
		return Dispute.measureOf(metric.name(), metric.measure(), year);
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
