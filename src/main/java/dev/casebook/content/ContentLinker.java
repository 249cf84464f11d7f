package dev.casebook.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dev.casebook.content.FrontMatter.CompanyDetails;
import dev.casebook.content.FrontMatter.PracticeDetails;
import dev.casebook.content.FrontMatter.ToolDetails;
import dev.casebook.content.LinkTargets.Broken;
import dev.casebook.content.LinkTargets.Resolved;
import dev.casebook.content.LinkTargets.Target;
import dev.casebook.content.Markdown.BodyLink;

/**
 * Links parsed entries to each other: drops duplicate slugs, checks that every relation and body
 * link names an existing entry of the right kind, and records which entries each body links to.
 */
final class ContentLinker {

	private final Markdown markdown;

	ContentLinker(Markdown markdown) {
		this.markdown = markdown;
	}

	/** Entries ready to store: unique slugs, resolved links; broken links are problems. */
	record Linked(List<ParsedEntry> entries, LinkTargets targets, Map<String, List<Target>> bodyLinks,
			List<Problem> problems) {
	}

	Linked link(List<ParsedEntry> parsed) {
		List<Problem> problems = new ArrayList<>();
		Map<String, ParsedEntry> bySlug = new LinkedHashMap<>();
		for (ParsedEntry entry : parsed) {
			ParsedEntry first = bySlug.putIfAbsent(entry.slug(), entry);
			if (first != null) {
				problems.add(Problem.error(entry.file(), 1, "duplicate slug '" + entry.slug() + "': "
						+ first.file() + " already uses it; this file is skipped"));
			}
		}
		List<ParsedEntry> entries = List.copyOf(bySlug.values());
		LinkTargets targets = new LinkTargets(entries.stream().map(ContentLinker::target).toList());
		for (ParsedEntry entry : entries) {
			for (String alias : entry.matter().aliases()) {
				Target self = targets.bySlug(entry.slug()).orElseThrow();
				Optional<Target> owner = targets.nameOwner(alias);
				if (owner.isPresent() && !owner.get().equals(self)) {
					problems.add(Problem.error(entry.file(), 1, "alias '" + alias + "' is already the title or alias of "
							+ owner.get().file()));
				}
				else {
					targets.addAlias(alias, self);
				}
			}
		}
		Map<String, List<Target>> bodyLinks = new HashMap<>();
		for (ParsedEntry entry : entries) {
			relations(entry).forEach((relation) -> check(entry, relation, targets, problems));
			List<Target> linked = new ArrayList<>();
			for (BodyLink link : this.markdown.links(entry.body(), targets, entry.file())) {
				if (link.link() instanceof Resolved resolved) {
					linked.add(resolved.target());
				}
				else if (link.link() instanceof Broken broken) {
					problems.add(Problem.error(entry.file(), link.line(), "unknown link target '" + broken.written()
							+ "' in " + link.written()));
				}
			}
			bodyLinks.put(entry.slug(), linked.stream().distinct().toList());
		}
		return new Linked(entries, targets, bodyLinks, problems);
	}

	private static Target target(ParsedEntry entry) {
		return new Target(entry.kind(), entry.slug(), entry.matter().title(), entry.matter().summary(), entry.file());
	}

	/** A front-matter key naming other entries, and the kind they must be. */
	private record Relation(String key, Kind kind, Ref ref) {
	}

	private static Stream<Relation> relations(ParsedEntry entry) {
		List<Stream<Relation>> all = new ArrayList<>();
		all.add(refs("sources", Kind.SOURCE, entry.matter().sources()));
		if (entry.matter().details() instanceof CompanyDetails company) {
			all.add(refs("tools", Kind.TOOL, company.tools()));
			all.add(refs("practices", Kind.PRACTICE, company.practices()));
			all.add(company.metrics().stream().map((m) -> new Relation("metrics", Kind.SOURCE, m.source())));
			all.add(company.timeline().stream().map((e) -> new Relation("timeline", Kind.SOURCE, e.source())));
		}
		else if (entry.matter().details() instanceof ToolDetails tool) {
			all.add(refs("practices", Kind.PRACTICE, tool.practices()));
			all.add(refs("companies", Kind.COMPANY, tool.companies()));
			all.add(refs("created_by", Kind.COMPANY, tool.createdBy().stream().toList()));
		}
		else if (entry.matter().details() instanceof PracticeDetails practice) {
			all.add(refs("related", Kind.PRACTICE, practice.related()));
			all.add(refs("companies", Kind.COMPANY, practice.companies()));
		}
		return all.stream().flatMap((relations) -> relations);
	}

	private static Stream<Relation> refs(String key, Kind kind, List<Ref> refs) {
		return refs.stream().map((ref) -> new Relation(key, kind, ref));
	}

	private static void check(ParsedEntry entry, Relation relation, LinkTargets targets, List<Problem> problems) {
		Optional<Target> target = targets.bySlug(relation.ref().slug());
		if (target.isEmpty()) {
			problems.add(Problem.error(entry.file(), relation.ref().line(), "'" + relation.key() + "' names unknown "
					+ relation.kind().key() + " '" + relation.ref().slug() + "'"));
		}
		else if (target.get().kind() != relation.kind()) {
			problems.add(Problem.error(entry.file(), relation.ref().line(), "'" + relation.key() + "' must name a "
					+ relation.kind().key() + ", but '" + relation.ref().slug() + "' is a " + target.get().kind().key()));
		}
	}

}
