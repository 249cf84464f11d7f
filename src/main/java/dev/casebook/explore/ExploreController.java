package dev.casebook.explore;

import java.util.List;

import dev.casebook.core.Kind;
import dev.casebook.relation.Node;
import dev.casebook.relation.Relation;
import dev.casebook.relation.RelationIndex;
import dev.casebook.relation.RelationIndexer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ExploreController {

	private final RelationIndexer relations;

	ExploreController(RelationIndexer relations) {
		this.relations = relations;
	}

	/** {@code /explore?uses=spinnaker&adopts=chaos-engineering&not-adopts=…&tag=…}; see {@link ExploreQuery}. */
	@GetMapping("/explore")
	String explore(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		RelationIndex index = this.relations.current();
		ExploreQuery query = ExploreQuery.parse(parameters, index);
		List<Node> results = query.run(index.nodes());
		model.addAttribute("query", query.parameters());
		model.addAttribute("asked", !query.isEmpty());
		model.addAttribute("results", results);
		model.addAttribute("relations", Relation.all().stream().map(Relation::key).toList());
		model.addAttribute("tools", index.nodes(Kind.TOOL));
		model.addAttribute("practices", index.nodes(Kind.PRACTICE));
		model.addAttribute("tags", index.nodes().stream().flatMap((node) -> node.tags().stream()).distinct().sorted().toList());
		return "explore/index";
	}

}
