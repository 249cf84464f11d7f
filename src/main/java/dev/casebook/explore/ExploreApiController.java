package dev.casebook.explore;

import java.util.List;
import java.util.Map;

import dev.casebook.api.EntrySummary;
import dev.casebook.relation.RelationIndex;
import dev.casebook.relation.RelationIndexer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Explore")
class ExploreApiController {

	/** What a relation query found. */
	record ExploreResult(Map<String, List<String>> query, int count, List<EntrySummary> entries) {

	}

	private final RelationIndexer relations;

	ExploreApiController(RelationIndexer relations) {
		this.relations = relations;
	}

	@GetMapping("/api/explore")
	@Operation(summary = "Entries meeting every condition: RELATION=slug (uses, used-by, adopts, adopted-by, supports, "
			+ "supported-by, created, created-by, related, cites, cited-by, links-to, linked-from), not-RELATION=slug, "
			+ "tag, not-tag, kind; 400 problem detail naming a bad parameter")
	ExploreResult explore(@Parameter(description = "conditions, e.g. uses=spinnaker&adopts=chaos-engineering")
	@RequestParam MultiValueMap<String, String> parameters) {
		RelationIndex index = this.relations.current();
		ExploreQuery query = ExploreQuery.parse(parameters, index);
		List<EntrySummary> entries = query.run(index.nodes()).stream().map(EntrySummary::of).toList();
		return new ExploreResult(query.parameters(), entries.size(), entries);
	}

}
