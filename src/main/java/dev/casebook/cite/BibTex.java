package dev.casebook.cite;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a {@link Reference} as a BibLaTeX {@code @online}, {@code @book} or {@code @misc} entry that
 * classic BibTeX also reads ({@code year}, {@code month} and {@code howpublished} beside {@code date}
 * and {@code url}). Written by hand: the format is a few lines, and no maintained Java library writes it.
 */
final class BibTex {

	private BibTex() {
	}

	static String of(Reference reference) {
		StringBuilder bib = new StringBuilder();
		String type = switch (reference.type()) {
			case "book" -> "book";
			case "talk", "course" -> "misc";
			default -> "online";
		};
		bib.append('@').append(type).append('{').append(reference.key()).append(",\n");
		field(bib, "title", "{" + escape(reference.title()) + "}");
		if (!reference.authors().isEmpty()) {
			field(bib, "author", reference.authors().stream()
				.map((author) -> reference.writtenByPublisher(author) ? "{" + escape(author) + "}" : escape(author))
				.collect(Collectors.joining(" and ")));
		}
		if (reference.publisher() != null && !reference.publisher().isBlank()) {
			field(bib, type.equals("book") ? "publisher" : "organization", escape(reference.publisher()));
		}
		reference.issued().ifPresent((date) -> {
			field(bib, "date", date.toString());
			field(bib, "year", String.valueOf(date.year()));
			if (date.month() > 0) {
				field(bib, "month",
						Month.of(date.month()).getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
			}
		});
		if (reference.url() != null && !reference.url().isBlank()) {
			String url = reference.url().replace("}", "%7D").replace("{", "%7B");
			field(bib, "url", url);
			field(bib, "howpublished", "\\url{" + url + "}");
			field(bib, "urldate", reference.accessed().toString());
		}
		bib.setLength(bib.length() - 2);
		return bib.append("\n}\n").toString();
	}

	private static void field(StringBuilder bib, String name, String value) {
		bib.append("  ").append(name).append(" = {").append(value).append("},\n");
	}

	/** Text as (La)TeX reads it literally: its special characters escaped, control characters dropped. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '\\' -> out.append("\\textbackslash{}");
				case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').appendCodePoint(c);
				case '^' -> out.append("\\textasciicircum{}");
				case '~' -> out.append("\\textasciitilde{}");
				default -> {
					if (!Character.isISOControl(c)) {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

}
