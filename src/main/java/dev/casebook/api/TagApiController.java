package dev.casebook.api;

import java.util.List;

import dev.casebook.model.TagRepository;
import dev.casebook.relation.RelationIndex;
import dev.casebook.relation.RelationIndexer;
import dev.casebook.web.EntryNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Tags as JSON. */
@RestController
@Tag(name = "Tags")
class TagApiController {

	private final TagRepository tags;

	private final RelationIndexer relations;

	TagApiController(TagRepository tags, RelationIndexer relations) {
		this.tags = tags;
		this.relations = relations;
	}

	@GetMapping("/api/tags")
	@Operation(summary = "Every tag with how many entries carry it")
	List<TagResource.Summary> list() {
		return this.tags.countEntries()
			.stream()
			.map((tag) -> new TagResource.Summary(tag.name(), tag.entries(), "/api" + tag.path(), tag.path()))
			.toList();
	}

	@GetMapping("/api/tags/{name}")
	@Operation(summary = "Every entry with a tag; 404 problem detail if no entry has it")
	TagResource detail(@PathVariable String name) {
		RelationIndex index = this.relations.current();
		if (!index.hasTag(name)) {
			throw new EntryNotFoundException("tag '" + name + "'");
		}
		return new TagResource(name, index.nodes(index.tagged(name)).stream().map(EntrySummary::of).toList());
	}

}
