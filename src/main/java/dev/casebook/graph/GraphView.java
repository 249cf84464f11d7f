package dev.casebook.graph;

import java.util.List;

/**
 * Nodes and edges for the graph script, in the shape Cytoscape.js reads.
 *
 * @param total how many entries the whole graph has
 * @param truncated whether the cap left entries out
 */
record GraphView(List<GraphNode> nodes, List<GraphEdge> edges, int total, boolean truncated) {

	/** An entry or a tag; {@code href} is the page a click opens. */
	record GraphNode(String id, String label, String kind, String href) {

	}

	record GraphEdge(String source, String target, String relation) {

	}

}
