package dev.casebook.api;

import dev.casebook.relation.Node;

/** An entry in a list: what it is, its JSON resource ({@code href}) and its page. */
public record EntrySummary(String kind, String slug, String title, String summary, String href, String page) {

	public static EntrySummary of(Node node) {
		return new EntrySummary(node.kind().key(), node.slug(), node.title(), node.summary(), "/api" + node.path(),
				node.path());
	}

}
