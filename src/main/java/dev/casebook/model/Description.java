package dev.casebook.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What every entry's file says of it beyond its slug, kind's own keys and relations, as the store
 * keeps it.
 *
 * @param reviewed the date the entry was last reviewed, when its file gives one
 * @param file its content file, relative to the content folder
 * @param bodyHtml its body, rendered and sanitised
 */
public record Description(String title, String summary, Optional<LocalDate> reviewed, List<String> aliases,
		String file, String bodyHtml) {
}
