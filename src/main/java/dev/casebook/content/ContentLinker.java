package dev.casebook.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.casebook.content.LinkTargets.Broken;
import dev.casebook.content.LinkTargets.Target;
import dev.casebook.content.Markdown.WrittenLink;
import dev.casebook.core.Problem;
import dev.casebook.core.Rule;

/**
 * Links parsed entries to each other: drops duplicate slugs, checks that every relation and body
 * link names an existing entry of the right kind (suggesting the closest name when not), records
 * which entries each body links to and every relation as an {@link Edge}, then runs the
 * whole-content {@link ContentChecks}. Remembers, by file and digest of its bytes, the links each
 * entry's body contains, so linking again after a reload walks only the bodies whose files changed,
 * and, while no slug, title, alias or file changed, what each entry's links resolved to, so only
 * entries whose files changed are resolved again. Not thread-safe.
 */
final class ContentLinker {

	/** Broken body links listed one by one per file; the rest are counted. */
	static final int MAX_BROKEN_LINKS_LISTED = LinkResolver.MAX_BROKEN_LINKS_LISTED;

	private final Markdown markdown;

	private Map<ParsedEntry.Version, List<WrittenLink>> written = new HashMap<>();

	/** The last run; the next one reuses what it can. */
	private Run last = new Run(Map.of(), Map.of(), LinkTargets.EMPTY, null, Set.of(), List.of());

	/**
	 * What a run resolved each entry to, against which names, and the edges and whole-content
	 * checks that came out.
	 */
	private record Run(Map<ParsedEntry.Version, LinkResolver.Resolution> resolved, Map<String, ParsedEntry> bySlug,
			LinkTargets targets, Names names, Set<Edge> edges, List<Problem> checks) {

		/**
		 * Whether {@code entry}, parsed again, declares the same edges and relations as its slug's
		 * entry did here: then the edges and checks are the same too, as long as no name changed.
		 */
		boolean declaresAlike(ParsedEntry entry, LinkResolver.Resolution resolution) {
			ParsedEntry before = this.bySlug.get(entry.slug());
			LinkResolver.Resolution was = (before != null) ? this.resolved.get(before.version()) : null;
			return was != null && was.edges().equals(resolution.edges())
					&& Declarations.of(before).toList().equals(Declarations.of(entry).toList());
		}

	}

	ContentLinker(Markdown markdown) {
		this.markdown = markdown;
	}

	/**
	 * Entries ready to store: unique slugs, resolved links; broken links are problems.
	 * @param edges every relation and body link between existing entries, in declaration order
	 * @param declared the edges each entry's relations and body declare, by slug
	 */
	record Linked(List<ParsedEntry> entries, LinkTargets targets, Map<String, List<Target>> bodyLinks,
			Set<Edge> edges, Map<String, List<Edge>> declared, List<Problem> problems) {
	}

	/** Links entries that are all current: nothing unserved, nothing stale. */
	Linked link(List<ParsedEntry> parsed) {
		return link(parsed, List.of(), Set.of());
	}

	/**
	 * Links the entries to serve, then checks the entries that cannot be served (drafts, files with
	 * errors) against them, so that one pass reports every problem a file has.
	 * @param served the entries to store, some of them last good versions of files now broken
	 * @param unserved the current versions of files that cannot be served
	 * @param stale the files whose served entry is not their current version: problems found in that
	 * entry are left out, those of its current version reported instead
	 */
	Linked link(List<ParsedEntry> served, List<ParsedEntry> unserved, Set<String> stale) {
		Linked linked = linkServed(served, Unserved.bySlug(unserved));
		Unserved checks = new Unserved(unserved, linked, this.markdown);
		List<Problem> problems = new ArrayList<>(checks.withoutOrphansTheyConnect(linked.problems()).stream()
			.filter((problem) -> !stale.contains(problem.path()))
			.toList());
		problems.addAll(checks.problems());
		List<ParsedEntry> all = new ArrayList<>(linked.entries());
		all.addAll(unserved);
		problems.addAll(EvidenceChecks.check(all.stream().filter((entry) -> !stale.contains(entry.file())).toList(),
				linked.entries()));
		return new Linked(linked.entries(), linked.targets(), linked.bodyLinks(), linked.edges(), linked.declared(),
				List.copyOf(problems));
	}

	private Linked linkServed(List<ParsedEntry> parsed, Map<String, ParsedEntry> unserved) {
		List<Problem> problems = new ArrayList<>();
		Map<String, ParsedEntry> bySlug = new LinkedHashMap<>();
		for (ParsedEntry entry : parsed) {
			ParsedEntry first = bySlug.putIfAbsent(entry.slug(), entry);
			if (first != null) {
				problems.add(Rule.DUPLICATE_SLUG.at(entry.file(), 1, "duplicate slug '" + entry.slug() + "': "
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
					problems.add(Rule.DUPLICATE_NAME.at(entry.file(), 1, "alias '" + alias
							+ "' is already the title or alias of " + owner.get().file()));
				}
				else {
					targets.addAlias(alias, self);
				}
			}
		}
		Map<ParsedEntry.Version, List<WrittenLink>> seen = new HashMap<>();
		for (ParsedEntry entry : entries) {
			List<WrittenLink> links = this.written.get(entry.version());
			seen.put(entry.version(), (links != null) ? links : this.markdown.written(entry.body()));
		}
		this.written = seen;
		Names names = new Names(entries, unserved);
		boolean sameNames = targets.sameAs(this.last.targets()) && names.equals(this.last.names());
		// the last run's instance tells the database update, without comparing again, that no name changed
		LinkTargets linkedTo = sameNames ? this.last.targets() : targets;
		boolean sameEdges = sameNames;
		Map<ParsedEntry.Version, LinkResolver.Resolution> resolutions = new HashMap<>();
		Map<String, List<Target>> bodyLinks = new HashMap<>();
		Map<String, List<Edge>> declared = new HashMap<>();
		for (ParsedEntry entry : entries) {
			LinkResolver.Resolution resolution = sameNames ? this.last.resolved().get(entry.version()) : null;
			if (resolution == null) {
				resolution = LinkResolver.resolve(entry, seen.get(entry.version()), linkedTo, names);
				sameEdges = sameEdges && this.last.declaresAlike(entry, resolution);
			}
			resolutions.put(entry.version(), resolution);
			declared.put(entry.slug(), resolution.edges());
			bodyLinks.put(entry.slug(), resolution.bodyLinks());
			problems.addAll(resolution.problems());
		}
		Set<Edge> edges = sameEdges ? this.last.edges() : new LinkedHashSet<>(this.last.edges().size() * 4 / 3 + 16);
		if (!sameEdges) {
			entries.forEach((entry) -> edges.addAll(resolutions.get(entry.version()).edges()));
		}
		List<Problem> checks = sameEdges ? this.last.checks() : ContentChecks.check(entries, edges);
		this.last = new Run(resolutions, bySlug, linkedTo, names, edges, checks);
		problems.addAll(checks);
		return new Linked(entries, linkedTo, bodyLinks, edges, declared, problems);
	}

	private static Target target(ParsedEntry entry) {
		return new Target(entry.kind(), entry.slug(), entry.matter().title(), entry.matter().summary(), entry.file());
	}

}
