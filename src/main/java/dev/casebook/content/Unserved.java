package dev.casebook.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.casebook.content.LinkTargets.Target;
import dev.casebook.core.Problem;
import dev.casebook.core.Rule;

/**
 * Checks entries that cannot be served (drafts, files with errors) against those that are: their
 * slug, names, relations and body links, and (when its front matter could be read, so that its
 * relations are known) whether anything connects them. Run with every
 * link, so a broken file shows all its problems at once rather than one wave after another.
 */
final class Unserved {

	private final List<ParsedEntry> entries;

	private final ContentLinker.Linked served;

	private final Markdown markdown;

	Unserved(List<ParsedEntry> entries, ContentLinker.Linked served, Markdown markdown) {
		this.entries = entries;
		this.served = served;
		this.markdown = markdown;
	}

	static Map<String, ParsedEntry> bySlug(List<ParsedEntry> entries) {
		Map<String, ParsedEntry> bySlug = new LinkedHashMap<>();
		entries.forEach((entry) -> bySlug.putIfAbsent(entry.slug(), entry));
		return bySlug;
	}

	/**
	 * Drops the orphan warnings of served entries that an unserved entry names: once it is fixed
	 * they are connected, so the warning would only be a second wave.
	 */
	List<Problem> withoutOrphansTheyConnect(List<Problem> problems) {
		if (this.entries.isEmpty()) {
			return problems;
		}
		Set<String> named = new HashSet<>();
		for (ParsedEntry entry : this.entries) {
			Declarations.of(entry).forEach((relation) -> named.add(relation.ref().slug()));
			LinkResolver.resolve(entry, this.markdown.written(entry.body()), this.served.targets(),
					new Names(List.of(), Map.of())).bodyLinks().forEach((target) -> named.add(target.slug()));
		}
		Set<String> files = new HashSet<>();
		this.served.entries().stream().filter((entry) -> named.contains(entry.slug())).forEach((e) -> files.add(e.file()));
		return problems.stream().filter((problem) -> problem.rule() != Rule.ORPHAN || !files.contains(problem.path()))
			.toList();
	}

	List<Problem> problems() {
		if (this.entries.isEmpty()) {
			return List.of();
		}
		Names names = new Names(this.served.entries(), Map.of());
		Set<String> named = namedByServed();
		List<Problem> problems = new ArrayList<>();
		for (ParsedEntry entry : this.entries) {
			Optional<Target> owner = this.served.targets().bySlug(entry.slug());
			if (owner.isPresent() && !owner.get().file().equals(entry.file())) {
				problems.add(Rule.DUPLICATE_SLUG.at(entry.file(), 1, "duplicate slug '" + entry.slug() + "': "
						+ owner.get().file() + " already uses it; this file is skipped"));
			}
			for (String alias : entry.matter().aliases()) {
				this.served.targets().nameOwner(alias)
					.filter((target) -> !target.file().equals(entry.file()))
					.ifPresent((target) -> problems.add(Rule.DUPLICATE_NAME.at(entry.file(), 1,
							"alias '" + alias + "' is already the title or alias of " + target.file())));
			}
			LinkResolver.Resolution resolution = LinkResolver.resolve(entry, this.markdown.written(entry.body()),
					this.served.targets(), names);
			problems.addAll(resolution.problems());
			boolean declares = Declarations.of(entry).findAny().isPresent();
			boolean read = !entry.matter().title().isEmpty();
			if (read && !declares && !named.contains(entry.slug())) {
				problems.add(Rule.ORPHAN.at(entry.file(), 1, "orphan: no other entry links to '" + entry.slug()
						+ "' and it takes part in no relation"));
			}
		}
		return problems;
	}

	/** The slugs that served entries' relations name, existing or not. */
	private Set<String> namedByServed() {
		Set<String> named = new HashSet<>();
		this.served.entries()
			.forEach((entry) -> Declarations.of(entry).forEach((relation) -> named.add(relation.ref().slug())));
		this.served.edges().forEach((edge) -> named.add(edge.to()));
		return named;
	}

}
