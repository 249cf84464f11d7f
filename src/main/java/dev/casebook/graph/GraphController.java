package dev.casebook.graph;

import dev.casebook.core.Kind;
import dev.casebook.relation.RelationIndex;
import dev.casebook.relation.RelationIndexer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The graph page. It draws whatever {@code /api/graph} returns for the same parameters, so a large
 * graph is only ever loaded one capped neighbourhood at a time, and lists the same nodes and edges
 * under the drawing for readers who cannot use it.
 */
@Controller
class GraphController {

	private final RelationIndexer relations;

	GraphController(RelationIndexer relations) {
		this.relations = relations;
	}

	@GetMapping("/graph")
	String page(@RequestParam(required = false) String focus, @RequestParam(defaultValue = "2") String depth,
			@RequestParam(defaultValue = "300") String limit, @RequestParam(defaultValue = "false") boolean tags,
			Model model) {
		RelationIndex index = this.relations.current();
		GraphQuery query = GraphQuery.of(index, focus, depth, limit, tags);
		model.addAttribute("query", query);
		model.addAttribute("listing", GraphListing.of(query.view(index)));
		model.addAttribute("focus", (focus != null) ? index.node(focus).orElseThrow() : null);
		model.addAttribute("entries", index.nodes().stream().filter((node) -> node.kind() != Kind.SOURCE).toList());
		return "graph/index";
	}

}
