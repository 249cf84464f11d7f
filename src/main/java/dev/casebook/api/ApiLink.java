package dev.casebook.api;

import dev.casebook.relation.Node;

/**
 * A link to another entry: its JSON resource ({@code href}) and its page.
 *
 * @param rel how the linking resource relates to the target, e.g. {@code uses}
 */
public record ApiLink(String rel, String kind, String slug, String title, String href, String page) {

	public static ApiLink to(String rel, Node node) {
		return new ApiLink(rel, node.kind().key(), node.slug(), node.title(), "/api" + node.path(), node.path());
	}

}
