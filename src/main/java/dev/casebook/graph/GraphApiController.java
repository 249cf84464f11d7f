package dev.casebook.graph;

import dev.casebook.relation.RelationIndexer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Graph")
class GraphApiController {

	private final RelationIndexer relations;

	GraphApiController(RelationIndexer relations) {
		this.relations = relations;
	}

	@GetMapping("/api/graph")
	@Operation(summary = "A capped graph: the neighbourhood of focus up to depth, or without focus the "
			+ "best-connected entries; 400 problem detail naming a bad parameter")
	GraphView graph(@RequestParam(required = false) String focus, @RequestParam(defaultValue = "2") String depth,
			@RequestParam(defaultValue = "300") String limit, @RequestParam(defaultValue = "false") boolean tags) {
		return GraphQuery.of(this.relations.current(), focus, depth, limit, tags).view(this.relations.current());
	}

}
