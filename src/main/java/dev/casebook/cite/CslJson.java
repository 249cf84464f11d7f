package dev.casebook.cite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.casebook.core.PartialDate;

/** A {@link Reference} as one CSL-JSON item, the format Zotero, Pandoc and citeproc read. */
final class CslJson {

	private CslJson() {
	}

	static Map<String, Object> of(Reference reference) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", reference.key());
		item.put("type", switch (reference.type()) {
			case "book" -> "book";
			case "talk" -> "speech";
			case "q-and-a" -> "post";
			case "article" -> "article";
			default -> "webpage";
		});
		item.put("title", reference.title());
		if (!reference.authors().isEmpty()) {
			item.put("author", reference.authors().stream().map((name) -> Map.of("literal", name)).toList());
		}
		if (reference.publisher() != null && !reference.publisher().isBlank()) {
			item.put("publisher", reference.publisher());
		}
		reference.issued().ifPresent((date) -> item.put("issued", dateParts(date)));
		if (reference.url() != null && !reference.url().isBlank()) {
			item.put("URL", reference.url());
			LocalDate day = reference.accessed();
			item.put("accessed", Map.of("date-parts", List.of(List.of(day.getYear(), day.getMonthValue(),
					day.getDayOfMonth()))));
		}
		return item;
	}

	private static Map<String, Object> dateParts(PartialDate date) {
		List<Integer> parts = new ArrayList<>(List.of(date.year()));
		if (date.month() > 0) {
			parts.add(date.month());
			if (date.day() > 0) {
				parts.add(date.day());
			}
		}
		return Map.of("date-parts", List.of(parts));
	}

}
