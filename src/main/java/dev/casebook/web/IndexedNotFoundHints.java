package dev.casebook.web;

import java.util.List;
import java.util.Optional;

import dev.casebook.content.LiveContent;
import dev.casebook.core.IndexReport;
import dev.casebook.core.Kind;
import dev.casebook.relation.Node;
import dev.casebook.relation.RelationIndexer;
import org.springframework.stereotype.Component;

/** {@link NotFoundHints} from the relations and the report of the last indexing run. */
@Component
class IndexedNotFoundHints implements NotFoundHints {

	private final RelationIndexer relations;

	private final LiveContent content;

	IndexedNotFoundHints(RelationIndexer relations, LiveContent content) {
		this.relations = relations;
		this.content = content;
	}

	@Override
	public Optional<String> sameEntry(Kind kind, String slug) {
		return NearbyEntries.sameIgnoringCase(this.relations.current(), kind, slug).map(Node::path);
	}

	@Override
	public List<Node> closest(Kind kind, String slug) {
		return NearbyEntries.closest(this.relations.current(), kind, slug);
	}

	@Override
	public Optional<Unserved> unserved(String address) {
		return this.content.status()
			.report()
			.flatMap((IndexReport report) -> report.unservedFileAt(address)
				.map((file) -> new Unserved(file, report.problemsIn(file))));
	}

}
