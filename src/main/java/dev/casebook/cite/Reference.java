package dev.casebook.cite;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.casebook.core.PartialDate;
import dev.casebook.model.Entry;
import dev.casebook.model.Source;
import dev.casebook.web.SiteAddress;

/**
 * What a citation of a page needs, whichever format writes it. A source is cited as the document it
 * describes (its authors, publisher, date and address); any other entry as a page of this site, dated
 * by its last change.
 *
 * @param key a citation key unique on the site, e.g. {@code casebook-sources-ars-2012}
 * @param type the kind of document: {@code article}, {@code talk}, {@code course}, {@code q-and-a},
 * {@code book} or {@code page}
 * @param authors the people or bodies who wrote it, as they are named; empty when unnamed
 * @param issued when it was published, as precisely as known; empty when undated or only bounded
 * @param accessed the day the citation was made
 */
record Reference(String key, String type, String title, List<String> authors, String publisher,
		Optional<PartialDate> issued, String url, LocalDate accessed) {

	/** The site's name, the publisher of its own pages. */
	static final String SITE = "Casebook";

	static Reference of(Entry entry, SiteAddress site, LocalDate today) {
		String key = "casebook-" + entry.getKind().folder() + "-" + entry.getSlug();
		if (entry instanceof Source source) {
			String type = (source.getType() == null || source.getType().isBlank()) ? "article" : source.getType();
			Optional<PartialDate> issued = source.getPublished().start().filter((date) -> !date.by());
			return new Reference(key, type, source.getTitle(), authors(source.getAuthor()), source.getPublisher(),
					issued, source.getUrl(), today);
		}
		Optional<PartialDate> changed = entry.getLastUpdatedDate()
			.or(entry::getReviewed)
			.map((date) -> new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), false));
		return new Reference(key, "page", entry.getTitle(), List.of(), SITE, changed, site.of(entry.getPath()), today);
	}

	/** "Ann Bee, Cy Dee and Eve Eff" as three names. */
	private static List<String> authors(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split(",\\s*|\\s+and\\s+|\\s*&\\s*")).map(String::strip).filter((n) -> !n.isEmpty())
			.toList();
	}

	/** Whether the author is the publishing body itself rather than a person. */
	boolean writtenByPublisher(String author) {
		return author.equalsIgnoreCase(this.publisher);
	}

}
