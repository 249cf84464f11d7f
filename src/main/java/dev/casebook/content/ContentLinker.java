package dev.casebook.content;

import java.util.ArrayList;
import java.util.EnumMap;
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
 * again after a reload walks only the bodies that were parsed again. Not thread-safe.
 */
final class ContentLinker {

	/** Broken body links listed one by one per file; the rest are counted. */
	static final int MAX_BROKEN_LINKS_LISTED = 50;

	private final Markdown markdown;

	private Map<ParsedEntry, List<WrittenLink>> written = new IdentityHashMap<>();

	ContentLinker(Markdown markdown) {
		this.markdown = markdown;
	}

	/**
	 * Entries ready to store: unique slugs, resolved links; broken links are problems.
	 * @param edges every relation and body link between existing entries, in declaration order
	 */
	record Linked(List<ParsedEntry> entries, LinkTargets targets, Map<String, List<Target>> bodyLinks,
			Set<Edge> edges, List<Problem> problems) {
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
		Map<String, List<Target>> bodyLinks = new HashMap<>();
		Set<Edge> edges = new LinkedHashSet<>();
		Map<ParsedEntry, List<WrittenLink>> seen = new IdentityHashMap<>();
		for (ParsedEntry entry : entries) {
			List<WrittenLink> links = this.written.get(entry);
			seen.put(entry, (links != null) ? links : this.markdown.written(entry.body()));
		}
		this.written = seen;
		for (ParsedEntry entry : entries) {
			relations(entry).forEach((relation) -> check(entry, relation, targets, names, problems)
				.filter((target) -> relation.type() != null && !target.slug().equals(entry.slug()))
				.ifPresent((target) -> edges.add(relation.edge(entry.slug(), target.slug()))));
			List<Target> linked = new ArrayList<>();
			List<BodyLink> broken = new ArrayList<>();
			for (WrittenLink raw : seen.get(entry)) {
				BodyLink link = raw.resolve(targets, entry.file());
				if (link.link() instanceof Resolved resolved) {
					linked.add(resolved.target());
				}
				else if (link.link() instanceof Broken) {
					broken.add(link);
				}
			}
			reportBroken(entry, broken, names, problems);
			bodyLinks.put(entry.slug(), linked.stream().distinct().toList());
			bodyLinks.get(entry.slug()).forEach((target) -> edges.add(Edge.of(Type.REFERENCE, entry.slug(), target.slug())));
		}
		problems.addAll(ContentChecks.check(entries, edges));
		return new Linked(entries, targets, bodyLinks, edges, problems);
	}

	/** One problem per broken link, up to a bound per file (a did-you-mean search costs time), then a count. */
	private static void reportBroken(ParsedEntry entry, List<BodyLink> broken, Names names, List<Problem> problems) {
		for (BodyLink link : broken.subList(0, Math.min(broken.size(), MAX_BROKEN_LINKS_LISTED))) {
			String written = ((Broken) link.link()).written();
			problems.add(Problem.error(entry.file(), link.line(), "unknown link target '" + written + "' in "
					+ link.written() + Suggestions.didYouMean(Names.of(written), names.all)));
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
					+ Suggestions.didYouMean(relation.ref().slug(), names.slugs.get(relation.kind()))));
			return Optional.empty();
		}
		if (target.get().kind() != relation.kind()) {
			problems.add(Problem.error(entry.file(), relation.ref().line(), "'" + relation.key() + "' must name a "
					+ relation.kind().key() + ", but '" + relation.ref().slug() + "' is a " + target.get().kind().key()));
			return Optional.empty();
		}
		return target;
	}

	/** What a mistyped name is compared with: slugs per kind; slugs, titles and aliases of all. */
	private static final class Names {

		private final Map<Kind, List<String>> slugs = new EnumMap<>(Kind.class);

		private final List<String> all = new ArrayList<>();

		Names(List<ParsedEntry> entries) {
			for (Kind kind : Kind.values()) {
				this.slugs.put(kind, new ArrayList<>());
			}
			for (ParsedEntry entry : entries) {
				this.slugs.get(entry.kind()).add(entry.slug());
				this.all.add(entry.slug());
				this.all.add(entry.matter().title());
				this.all.addAll(entry.matter().aliases());
			}
		}

		/** The name part of a broken link: no fragment, folder or {@code .md}. */
		static String of(String written) {
			String name = written.contains("#") ? written.substring(0, written.indexOf('#')) : written;
			name = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
			name = name.substring(name.lastIndexOf('/') + 1);
			return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
		}

	}

}
