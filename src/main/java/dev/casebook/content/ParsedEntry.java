package dev.casebook.content;

import com.vladsch.flexmark.util.ast.Document;

/**
 * One content file read and parsed, not yet linked to the others.
 *
 * @param file the path relative to the content folder, with {@code /} separators
 */
public record ParsedEntry(String file, Kind kind, FrontMatter matter, Document body) {

	String slug() {
		return this.matter.slug();
	}

}
