package dev.casebook.content;

import java.util.List;
import java.util.stream.Stream;

import dev.casebook.content.FrontMatter.CompanyDetails;
import dev.casebook.content.FrontMatter.Declared;
import dev.casebook.content.FrontMatter.EventSpec;
import dev.casebook.content.FrontMatter.MetricSpec;
import dev.casebook.content.FrontMatter.StageSpec;
import dev.casebook.core.RelationType;

/**
 * The relations an entry declares in its front matter: those under the relation schema's keys, and
 * on a company those its facts imply. The sources of its figures, events and pipeline stages are cited
 * by it, and the tools and practices of its pipeline used and adopted, as if they were listed under
 * {@code sources}, {@code tools} and {@code practices}.
 */
final class Declarations {

	private Declarations() {
	}

	/** Every relation an entry declares, in front-matter order. */
	static Stream<Declared> of(ParsedEntry entry) {
		Stream<Declared> listed = entry.matter().relations().stream();
		if (!(entry.matter().details() instanceof CompanyDetails company)) {
			return listed;
		}
		return Stream.of(listed,
				refs("metrics", RelationType.CITES, company.metrics().stream().map(MetricSpec::source).toList()),
				refs("timeline", RelationType.CITES, company.timeline().stream().map(EventSpec::source).toList()),
				refs("disputed_by", RelationType.CITES,
						company.timeline().stream().flatMap((event) -> event.disputedBy().stream()).toList()),
				refs("pipeline", RelationType.CITES, company.pipeline().stream().map(StageSpec::source).toList()),
				refs("pipeline", RelationType.USES,
						company.pipeline().stream().flatMap((stage) -> stage.tools().stream()).toList()),
				refs("pipeline", RelationType.ADOPTS,
						company.pipeline().stream().flatMap((stage) -> stage.practices().stream()).toList()))
			.flatMap((relations) -> relations);
	}

	private static Stream<Declared> refs(String key, RelationType type, List<Ref> refs) {
		return refs.stream().map((ref) -> new Declared(type, false, key, ref));
	}

}
