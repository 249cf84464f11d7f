package dev.casebook.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.casebook.content.FrontMatter.Declared;
import dev.casebook.content.LinkTargets.Broken;
import dev.casebook.content.LinkTargets.Resolved;
import dev.casebook.content.LinkTargets.Target;
import dev.casebook.content.Markdown.BodyLink;
import dev.casebook.content.Markdown.WrittenLink;
import dev.casebook.core.Problem;
import dev.casebook.core.RelationType;
import dev.casebook.core.Rule;
import dev.casebook.core.Suggestions;

/**
 * Resolves what one entry declares and links to against the entries there are: its edges, the
 * entries its body links to, and a problem for each relation or link that names nothing (with
 * the closest name, or why the file that defines it is not served).
 */
final class LinkResolver {

	/** Broken body links listed one by one per file; the rest are counted. */
	static final int MAX_BROKEN_LINKS_LISTED = 50;

	private LinkResolver() {
	}

	/** An entry's edges, the entries its body links to, and its broken relations and links. */
	record Resolution(List<Edge> edges, List<Target> bodyLinks, List<Problem> problems) {
	}

	static Resolution resolve(ParsedEntry entry, List<WrittenLink> written, LinkTargets targets, Names names) {
		List<Problem> problems = new ArrayList<>();
		List<Edge> edges = new ArrayList<>();
		Declarations.of(entry).forEach((relation) -> check(entry, relation, targets, names, problems)
			.filter((target) -> !target.slug().equals(entry.slug()))
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
		bodyLinks.forEach((target) -> edges.add(Edge.of(RelationType.LINKS_TO, entry.slug(), target.slug())));
		return new Resolution(List.copyOf(edges), bodyLinks, List.copyOf(problems));
	}

	/** One problem per broken link, up to a bound per file (a did-you-mean search costs time), then a count. */
	private static void reportBroken(ParsedEntry entry, List<BodyLink> broken, Names names, List<Problem> problems) {
		for (BodyLink link : broken.subList(0, Math.min(broken.size(), MAX_BROKEN_LINKS_LISTED))) {
			String written = ((Broken) link.link()).written();
			String hint = names.unserved(Names.of(written)).map(Names::whyUnserved)
				.orElseGet(() -> Suggestions.didYouMean(Names.of(written), names.all()));
			problems.add(Rule.BROKEN_LINK.at(entry.file(), link.line(),
					"unknown link target '" + written + "' in " + link.written() + hint));
		}
		if (broken.size() > MAX_BROKEN_LINKS_LISTED) {
			problems.add(Rule.BROKEN_LINK.at(entry.file(), broken.get(MAX_BROKEN_LINKS_LISTED).line(),
					(broken.size() - MAX_BROKEN_LINKS_LISTED) + " more unknown link targets, not listed"));
		}
	}

	/** @return the target when it exists and is of the right kind */
	private static Optional<Target> check(ParsedEntry entry, Declared relation, LinkTargets targets, Names names,
			List<Problem> problems) {
		Optional<Target> target = targets.bySlug(relation.ref().slug());
		if (target.isEmpty()) {
			String hint = names.unserved(relation.ref().slug()).map(Names::whyUnserved)
				.orElseGet(() -> Suggestions.didYouMean(relation.ref().slug(), names.slugs(relation.kind())));
			problems.add(Rule.UNKNOWN_RELATION.at(entry.file(), relation.ref().line(), "'" + relation.key()
					+ "' names unknown " + relation.kind().key() + " '" + relation.ref().slug() + "'" + hint));
			return Optional.empty();
		}
		if (target.get().kind() != relation.kind()) {
			problems.add(Rule.UNKNOWN_RELATION.at(entry.file(), relation.ref().line(), "'" + relation.key() + "' must name a "
					+ relation.kind().key() + ", but '" + relation.ref().slug() + "' is a " + target.get().kind().key()));
			return Optional.empty();
		}
		return target;
	}

}
