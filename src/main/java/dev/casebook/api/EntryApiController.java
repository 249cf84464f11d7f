package dev.casebook.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.casebook.core.Kind;
import dev.casebook.relation.Node;
import dev.casebook.relation.Relation;
import dev.casebook.relation.RelationIndex;
import dev.casebook.relation.RelationIndexer;
import dev.casebook.web.EntryNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Companies, tools, practices and sources as JSON, with every relation as a link. */
@RestController
@Tag(name = "Entries", description = "Companies, tools, practices and sources")
class EntryApiController {

	private static final String KINDS = "{kind:companies|tools|practices|sources}";

	private final RelationIndexer relations;

	private final FactsReader facts;

	EntryApiController(RelationIndexer relations, FactsReader facts) {
		this.relations = relations;
		this.facts = facts;
	}

	@GetMapping("/api/" + KINDS)
	@Operation(summary = "Every entry of one kind, by title")
	List<EntrySummary> list(@Parameter(description = "companies, tools, practices or sources") @PathVariable String kind) {
		return this.relations.current().nodes(kind(kind)).stream().map(EntrySummary::of).toList();
	}

	@GetMapping("/api/" + KINDS + "/{slug}")
	@Operation(summary = "One entry with its facts and its relations as links; 404 problem detail if unknown")
	EntryResource detail(@PathVariable String kind, @PathVariable String slug) {
		Kind type = kind(kind);
		RelationIndex index = this.relations.current();
		Node node = index.node(slug)
			.filter((found) -> found.kind() == type)
			.orElseThrow(() -> new EntryNotFoundException(type.key() + " '" + slug + "'"));
		Map<String, List<ApiLink>> links = new LinkedHashMap<>();
		for (Map.Entry<Relation, Set<String>> relation : index.relations(slug).entrySet()) {
			String rel = relation.getKey().key();
			links.put(rel, index.nodes(relation.getValue()).stream().map((target) -> ApiLink.to(rel, target)).toList());
		}
		return new EntryResource(type.key(), node.slug(), node.title(), node.summary(), List.copyOf(node.tags()),
				node.aliases(), node.lastReviewed().orElse(null), this.facts.read(type, slug, index).orElse(null), links,
				node.path());
	}

	private static Kind kind(String folder) {
		return Kind.ofFolder(folder).orElseThrow(() -> new EntryNotFoundException("kind '" + folder + "'"));
	}

}
