package dev.casebook.content;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.casebook.content.Edge.Type;
import dev.casebook.content.FrontMatter.CompanyDetails;
import dev.casebook.content.FrontMatter.EventSpec;
import dev.casebook.content.FrontMatter.MetricSpec;
import dev.casebook.content.FrontMatter.PracticeDetails;
import dev.casebook.content.FrontMatter.StageSpec;
import dev.casebook.content.FrontMatter.ToolDetails;

/** The relations an entry declares in its front matter. */
final class Declarations {

	private Declarations() {
	}

	/**
	 * A front-matter key naming other entries, the kind they must be, and the edge it stores
	 * (the sources of a company's figures, events and pipeline stages are cited by it, and the tools
	 * and practices of its pipeline used and adopted, as if they were listed under {@code sources},
	 * {@code tools} and {@code practices}).
	 */
	record Relation(String key, Kind kind, Ref ref, Type type, boolean reversed) {

		Edge edge(String declaredBy, String target) {
			return this.reversed ? Edge.of(this.type, target, declaredBy) : Edge.of(this.type, declaredBy, target);
		}

	}

	/** Every relation an entry declares, in front-matter order. */
	static Stream<Relation> of(ParsedEntry entry) {
		List<Stream<Relation>> all = new ArrayList<>();
		all.add(refs("sources", Kind.SOURCE, entry.matter().sources(), Type.SOURCE, false));
		if (entry.matter().details() instanceof CompanyDetails company) {
			all.add(refs("tools", Kind.TOOL, company.tools(), Type.USES, false));
			all.add(refs("practices", Kind.PRACTICE, company.practices(), Type.ADOPTS, false));
			all.add(refs("metrics", Kind.SOURCE, company.metrics().stream().map(MetricSpec::source).toList(), Type.SOURCE,
					false));
			all.add(refs("timeline", Kind.SOURCE, company.timeline().stream().map(EventSpec::source).toList(), Type.SOURCE,
					false));
			all.add(refs("disputed_by", Kind.SOURCE,
					company.timeline().stream().flatMap((event) -> event.disputedBy().stream()).toList(), Type.SOURCE, false));
			all.add(refs("pipeline", Kind.SOURCE, company.pipeline().stream().map(StageSpec::source).toList(), Type.SOURCE,
					false));
			all.add(refs("pipeline", Kind.TOOL, company.pipeline().stream().flatMap((stage) -> stage.tools().stream()).toList(),
					Type.USES, false));
			all.add(refs("pipeline", Kind.PRACTICE,
					company.pipeline().stream().flatMap((stage) -> stage.practices().stream()).toList(), Type.ADOPTS, false));
		}
		else if (entry.matter().details() instanceof ToolDetails tool) {
			all.add(refs("practices", Kind.PRACTICE, tool.practices(), Type.SUPPORTS, false));
			all.add(refs("companies", Kind.COMPANY, tool.companies(), Type.USES, true));
			all.add(refs("created_by", Kind.COMPANY, tool.createdBy().stream().toList(), Type.CREATED, false));
		}
		else if (entry.matter().details() instanceof PracticeDetails practice) {
			all.add(refs("related", Kind.PRACTICE, practice.related(), Type.RELATED, false));
			all.add(refs("companies", Kind.COMPANY, practice.companies(), Type.ADOPTS, true));
		}
		return all.stream().flatMap((relations) -> relations);
	}

	private static Stream<Relation> refs(String key, Kind kind, List<Ref> refs, Type type, boolean reversed) {
		return refs.stream().map((ref) -> new Relation(key, kind, ref, type, reversed));
	}

}
