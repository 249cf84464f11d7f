package dev.casebook.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How an entry's page numbers its sources: those its body cites, in the order of their numbers,
 * then the rest it can cite, by title.
 */
final class NumberedSources {

	private NumberedSources() {
	}

	/**
	 * The sources cited, in order.
	 * @param citations the slugs of the cited sources, in order, separated by spaces; null or blank
	 * when none are
	 */
	static List<Source> cited(String citations, Stream<Source> citable) {
		if (citations == null || citations.isBlank()) {
			return List.of();
		}
		Map<String, Source> bySlug = new LinkedHashMap<>();
		citable.forEach((source) -> bySlug.putIfAbsent(source.getSlug(), source));
		return Arrays.stream(citations.split(" ")).map(bySlug::get).filter(Objects::nonNull).toList();
	}

	/** The {@code cited} sources by number, then the rest of {@code citable} by title, each once. */
	static List<Source> numbered(List<Source> cited, Stream<Source> citable) {
		Stream<Source> rest = citable.filter((source) -> !cited.contains(source))
			.distinct()
			.sorted(Comparator.comparing((Source source) -> Entry.sortKey(source.getTitle())));
		return Stream.concat(cited.stream(), rest).toList();
	}

}
