package dev.casebook.graph;

import java.util.Optional;

import dev.casebook.core.Suggestions;
import dev.casebook.relation.Node;
import dev.casebook.relation.RelationIndex;
import dev.casebook.web.BadParameterException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Checked graph parameters: {@code focus} an entry slug (none for the overview), {@code depth} 1 to
 * {@value #MAX_DEPTH}, {@code limit} 1 to {@value #MAX_LIMIT} nodes, {@code tags} whether tags are nodes.
 */
record GraphQuery(String focus, int depth, int limit, boolean tags) {

	static final int MAX_DEPTH = 3;

	static final int MAX_LIMIT = 1000;

	static GraphQuery of(RelationIndex index, String focus, String depth, String limit, boolean tags) {
		if (focus != null && index.node(focus).isEmpty()) {
			throw new BadParameterException("focus", "no entry '" + focus + "'"
					+ Suggestions.didYouMean(focus, index.nodes().stream().map(Node::slug).toList()));
		}
		return new GraphQuery(focus, number("depth", depth, MAX_DEPTH), number("limit", limit, MAX_LIMIT), tags);
	}

	GraphView view(RelationIndex index) {
		return (this.focus == null) ? Neighbourhoods.overview(index, this.limit, this.tags)
				: Neighbourhoods.around(index, this.focus, this.depth, this.limit, this.tags);
	}

	public String dataUrl() {
		return UriComponentsBuilder.fromPath("/api/graph")
			.queryParamIfPresent("focus", Optional.ofNullable(this.focus))
			.queryParam("depth", this.depth)
			.queryParam("limit", this.limit)
			.queryParam("tags", this.tags)
			.build()
			.toUriString();
	}

	private static int number(String parameter, String value, int max) {
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= 1 && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below, with the range
		}
		throw new BadParameterException(parameter, "'" + value + "' is not a whole number from 1 to " + max);
	}

}
