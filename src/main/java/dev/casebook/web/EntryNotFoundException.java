package dev.casebook.web;

import java.util.Optional;

import dev.casebook.core.Kind;

/** No page at the requested address; rendered as the 404 page. */
public class EntryNotFoundException extends RuntimeException {

	private final transient Optional<Kind> kind;

	private final String slug;

	/** No such thing (a tag, a kind): nothing close to suggest. */
	public EntryNotFoundException(String what) {
		super("No " + what);
		this.kind = Optional.empty();
		this.slug = "";
	}

	/** No entry of {@code kind} at {@code slug}: the page suggests the closest entries. */
	public EntryNotFoundException(Kind kind, String slug) {
		super("No " + kind.key() + " '" + slug + "'");
		this.kind = Optional.of(kind);
		this.slug = slug;
	}

	Optional<Kind> kind() {
		return this.kind;
	}

	String slug() {
		return this.slug;
	}

}
