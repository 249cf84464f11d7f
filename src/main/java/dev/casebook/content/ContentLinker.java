package dev.casebook.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import dev.casebook.content.Edge.Type;
import dev.casebook.content.FrontMatter.CompanyDetails;
import dev.casebook.content.FrontMatter.EventSpec;
import dev.casebook.content.FrontMatter.MetricSpec;
import dev.casebook.content.FrontMatter.PracticeDetails;
import dev.casebook.content.FrontMatter.ToolDetails;
import dev.casebook.content.LinkTargets.Broken;
import dev.casebook.content.LinkTargets.Resolved;
import dev.casebook.content.LinkTargets.Target;
import dev.casebook.content.Markdown.BodyLink;
import dev.casebook.content.Markdown.WrittenLink;

/**
 * Links parsed entries to each other: drops duplicate slugs, checks that every relation and body
 * link names an existing entry of the right kind (suggesting the closest name when not), records
 * which entries each body links to and every relation as an {@link Edge}, then runs the
 * whole-content {@link ContentChecks}. Remembers the links each entry's body contains, so linking
 * again after a reload walks only the bodies that were parsed again, and, while no slug, title, alias
 * or file changed, what each entry's links resolved to, so only entries parsed again are resolved
 * again. Not thread-safe.
 */
final class ContentLinker {

	/** Broken body links listed one by one per file; the rest are counted. */
	static final int MAX_BROKEN_LINKS_LISTED = 50;

	private final Markdown markdown;

	private Map<ParsedEntry, List<WrittenLink>> written = new IdentityHashMap<>();

	/** The last run; the next one reuses what it can. */
	private Run last = new Run(Map.of(), Map.of(), LinkTargets.EMPTY, null, Set.of(), List.of());

	/** An entry's edges, the entries its body links to, and its broken relations and links. */
	private record Resolution(List<Edge> edges, List<Target> bodyLinks, List<Problem> problems) {
	}

	/**
	 * What a run resolved each entry to, against which names, and the edges and whole-content
	 * checks that came out.
	 */
	private record Run(Map<ParsedEntry, Resolution> resolved, Map<String, ParsedEntry> bySlug, LinkTargets targets,
			Names names, Set<Edge> edges, List<Problem> checks) {

		/**
		 * Whether {@code entry}, parsed again, declares the same edges and relations as its slug's
		 * entry did here: then the edges and checks are the same too, as long as no name changed.
		 */
		boolean declaresAlike(ParsedEntry entry, Resolution resolution) {
			ParsedEntry before = this.bySlug.get(entry.slug());
			Resolution was = (before != null) ? this.resolved.get(before) : null;
			return was != null && was.edges().equals(resolution.edges())
					&& relations(before).toList().equals(relations(entry).toList());
		}

	}

	ContentLinker(Markdown markdown) {
		this.markdown = markdown;
	}

	/**
	 * Entries ready to store: unique slugs, resolved links; broken links are problems.
	 * @param edges every relation and body link between existing entries, in declaration order
	 * @param declared the edges each entry's relations and body declare, by slug: the same list
	 * instance in two runs means the same edges
	 */
	record Linked(List<ParsedEntry> entries, LinkTargets targets, Map<String, List<Target>> bodyLinks,
			Set<Edge> edges, Map<String, List<Edge>> declared, List<Problem> problems) {
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
		Names names = new Names(entries);
		Map<ParsedEntry, List<WrittenLink>> seen = new IdentityHashMap<>();
		for (ParsedEntry entry : entries) {
			List<WrittenLink> links = this.written.get(entry);
			seen.put(entry, (links != null) ? links : this.markdown.written(entry.body()));
		}
		this.written = seen;
		boolean sameNames = targets.sameAs(this.last.targets()) && names.equals(this.last.names());
		// the last run's instance tells the database update, without comparing again, that no name changed
		LinkTargets linkedTo = sameNames ? this.last.targets() : targets;
		boolean sameEdges = sameNames;
		Map<ParsedEntry, Resolution> resolutions = new IdentityHashMap<>();
		Map<String, List<Target>> bodyLinks = new HashMap<>();
		Map<String, List<Edge>> declared = new HashMap<>();
		for (ParsedEntry entry : entries) {
			Resolution resolution = sameNames ? this.last.resolved().get(entry) : null;
			if (resolution == null) {
				resolution = resolve(entry, seen.get(entry), linkedTo, names);
				sameEdges = sameEdges && this.last.declaresAlike(entry, resolution);
			}
			resolutions.put(entry, resolution);
			declared.put(entry.slug(), resolution.edges());
			bodyLinks.put(entry.slug(), resolution.bodyLinks());
			problems.addAll(resolution.problems());
		}
		Set<Edge> edges = sameEdges ? this.last.edges() : new LinkedHashSet<>(this.last.edges().size() * 4 / 3 + 16);
		if (!sameEdges) {
			entries.forEach((entry) -> edges.addAll(resolutions.get(entry).edges()));
		}
		List<Problem> checks = sameEdges ? this.last.checks() : ContentChecks.check(entries, edges);
		this.last = new Run(resolutions, bySlug, linkedTo, names, edges, checks);
		problems.addAll(checks);
		return new Linked(entries, linkedTo, bodyLinks, edges, declared, problems);
	}

	private static Resolution resolve(ParsedEntry entry, List<WrittenLink> written, LinkTargets targets, Names names) {
		List<Problem> problems = new ArrayList<>();
		List<Edge> edges = new ArrayList<>();
		relations(entry).forEach((relation) -> check(entry, relation, targets, names, problems)
			.filter((target) -> relation.type() != null && !target.slug().equals(entry.slug()))
			.ifPresent((target) -> edges.add(relation.edge(entry.slug(), target.slug()))));
		List<Target> linked = new ArrayList<>();
		List<BodyLink> broken = new ArrayList<>();
		for (WrittenLink raw : written) {
			BodyLink link = raw.resolve(targets, entry.file());
			if (link.link() instanceof Resolved resolved) {
				linked.add(resolved.target());
			}
			else if (link.link() instanceof Broken) {
				broken.add(link);
			}
		}
		reportBroken(entry, broken, names, problems);
		List<Target> bodyLinks = linked.stream().distinct().toList();
		bodyLinks.forEach((target) -> edges.add(Edge.of(Type.REFERENCE, entry.slug(), target.slug())));
		return new Resolution(List.copyOf(edges), bodyLinks, List.copyOf(problems));
	}

	/** One problem per broken link, up to a bound per file (a did-you-mean search costs time), then a count. */
	private static void reportBroken(ParsedEntry entry, List<BodyLink> broken, Names names, List<Problem> problems) {
		for (BodyLink link : broken.subList(0, Math.min(broken.size(), MAX_BROKEN_LINKS_LISTED))) {
			String written = ((Broken) link.link()).written();
			problems.add(Problem.error(entry.file(), link.line(), "unknown link target '" + written + "' in "
					+ link.written() + Suggestions.didYouMean(Names.of(written), names.all())));
		}
		if (broken.size() > MAX_BROKEN_LINKS_LISTED) {
			problems.add(Problem.error(entry.file(), broken.get(MAX_BROKEN_LINKS_LISTED).line(),
					(broken.size() - MAX_BROKEN_LINKS_LISTED) + " more unknown link targets, not listed"));
		}
	}

	private static Target target(ParsedEntry entry) {
		return new Target(entry.kind(), entry.slug(), entry.matter().title(), entry.matter().summary(), entry.file());
	}

	/**
	 * A front-matter key naming other entries, the kind they must be, and the edge it stores
	 * ({@code type} null for figures and events, which are stored with the company).
	 */
	record Relation(String key, Kind kind, Ref ref, Type type, boolean reversed) {

		Edge edge(String declaredBy, String target) {
			return this.reversed ? Edge.of(this.type, target, declaredBy) : Edge.of(this.type, declaredBy, target);
		}

	}

	/** Every relation an entry declares, in front-matter order. */
	static Stream<Relation> relations(ParsedEntry entry) {
		List<Stream<Relation>> all = new ArrayList<>();
		all.add(refs("sources", Kind.SOURCE, entry.matter().sources(), Type.SOURCE, false));
		if (entry.matter().details() instanceof CompanyDetails company) {
			all.add(refs("tools", Kind.TOOL, company.tools(), Type.USES, false));
			all.add(refs("practices", Kind.PRACTICE, company.practices(), Type.ADOPTS, false));
			all.add(refs("metrics", Kind.SOURCE, company.metrics().stream().map(MetricSpec::source).toList(), null, false));
			all.add(refs("timeline", Kind.SOURCE, company.timeline().stream().map(EventSpec::source).toList(), null, false));
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

	/** @return the target when it exists and is of the right kind */
	private static Optional<Target> check(ParsedEntry entry, Relation relation, LinkTargets targets, Names names,
			List<Problem> problems) {
		Optional<Target> target = targets.bySlug(relation.ref().slug());
		if (target.isEmpty()) {
			problems.add(Problem.error(entry.file(), relation.ref().line(), "'" + relation.key() + "' names unknown "
					+ relation.kind().key() + " '" + relation.ref().slug() + "'"
					+ Suggestions.didYouMean(relation.ref().slug(), names.slugs(relation.kind()))));
			return Optional.empty();
		}
		if (target.get().kind() != relation.kind()) {
			problems.add(Problem.error(entry.file(), relation.ref().line(), "'" + relation.key() + "' must name a "
					+ relation.kind().key() + ", but '" + relation.ref().slug() + "' is a " + target.get().kind().key()));
			return Optional.empty();
		}
		return target;
	}

}
