package dev.casebook.web;

import java.util.List;
import java.util.Optional;

import dev.casebook.core.Kind;
import dev.casebook.core.Problem;
import dev.casebook.relation.Node;

/**
 * What the 404 page of an unknown entry address can tell its reader: the entry it names in another
 * case, the closest entries of its kind, and the content file that would define it but is not served.
 * An interface so that web slice tests, which start without the content, can supply one that knows
 * nothing.
 */
interface NotFoundHints {

	/** The path of the entry at {@code slug} written in another case or with spaces, if there is one. */
	Optional<String> sameEntry(Kind kind, String slug);

	/** Entries of {@code kind} whose slug or title is close to {@code slug}, the closest first. */
	List<Node> closest(Kind kind, String slug);

	/** A draft, or a file that never read cleanly, that would be at {@code address}, with its problems. */
	Optional<Unserved> unserved(String address);

	/** A file that would be at an address, and its problems. */
	record Unserved(String file, List<Problem> problems) {
	}

}
