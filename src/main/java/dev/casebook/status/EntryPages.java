package dev.casebook.status;

import java.util.List;
import java.util.Optional;

import dev.casebook.core.ContentStatus;
import dev.casebook.core.Problem;

/**
 * What entry pages show about their file: its current problems (a banner), whether the site
 * follows the files at all, and where to edit the file.
 *
 * @param status where the site stands against its files, if known
 * @param editUrl the prefix of edit links, or null for none
 */
public record EntryPages(Optional<ContentStatus> status, String editUrl) {

	/** Problems in {@code file} now. */
	public List<Problem> problemsIn(String file) {
		return this.status.flatMap(ContentStatus::report).map((r) -> r.problemsIn(file)).orElse(List.of());
	}

	/** Whether the page of {@code file} shows an older version, because the file now has errors. */
	public boolean isStale(String file) {
		return this.status.flatMap(ContentStatus::report).map((r) -> r.isStale(file)).orElse(false);
	}

	/** Why the site may not show the files as they are now; empty when it does. */
	public String lag() {
		return this.status.map(ContentStatus::lag).orElse("");
	}

	/** The edit link of {@code file}, or null when {@code casebook.edit-url} is not set. */
	public String editUrl(String file) {
		return (this.editUrl == null || this.editUrl.isBlank()) ? null : this.editUrl + file;
	}

}
