package dev.casebook.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.casebook.core.Kind;
import dev.casebook.model.Connections;
import dev.casebook.model.Entry;
import dev.casebook.model.Source;
import dev.casebook.model.Tag;

/**
 * What every entry page shows of its entry, copied out of the entity while its transaction is open:
 * the page's templates read this, never the entity's lazy collections. The related entries, tags
 * and sources it holds are read for their own columns only.
 *
 * @param linkedData the page's JSON-LD, safe inside a {@code <script>} element
 */
public record EntryView(Kind kind, String slug, String path, String title, String summary, String file,
		List<String> aliases, List<Tag> tags, String bodyHtml, String contentsHtml, Connections connections,
		List<Source> numberedSources, Optional<LocalDate> reviewed, Optional<Instant> lastUpdated,
		Optional<LocalDate> lastUpdatedDate, String linkedData) {

	/** The view of {@code entry}; call it inside the transaction that loaded the entry. */
	public static EntryView of(Entry entry, String linkedData) {
		return new EntryView(entry.getKind(), entry.getSlug(), entry.getPath(), entry.getTitle(), entry.getSummary(),
				entry.getFile(), List.copyOf(entry.getAliases()), List.copyOf(entry.getTags()), entry.getBodyHtml(),
				entry.getContentsHtml(), entry.getConnections(), entry.getNumberedSources(), entry.getReviewed(),
				entry.getLastUpdated(), entry.getLastUpdatedDate(), linkedData);
	}

}
