package dev.casebook.authoring;

import java.util.List;
import java.util.Optional;

import dev.casebook.content.IndexReport;
import dev.casebook.content.Problem;

/**
 * What entry pages show about their file: its current problems (a banner) and where to edit it.
 *
 * @param report the last indexing run, if any
 * @param editUrl the prefix of edit links, or null for none
 */
public record EntryPages(Optional<IndexReport> report, String editUrl) {

	/** Problems in {@code file} now; the page shows the file's last good version meanwhile. */
	public List<Problem> problemsIn(String file) {
		return this.report.map((r) -> r.problemsIn(file)).orElse(List.of());
	}

	/** The edit link of {@code file}, or null when {@code casebook.edit-url} is not set. */
	public String editUrl(String file) {
		return (this.editUrl == null || this.editUrl.isBlank()) ? null : this.editUrl + file;
	}

}
