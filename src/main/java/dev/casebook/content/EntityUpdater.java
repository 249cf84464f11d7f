package dev.casebook.content;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.casebook.content.FrontMatter.CompanyDetails;
import dev.casebook.core.Kind;
import dev.casebook.model.Company;
import dev.casebook.model.Entry;
import dev.casebook.model.Tag;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * Applies the difference between two linked states to the stored entities, touching only what
 * changed: entries whose file changed are rewritten, entries whose links now resolve differently
 * are re-rendered, edges are joined and unjoined one by one. Runs inside the caller's transaction,
 * so readers see either state, never a mix.
 */
@Component
class EntityUpdater {

	private final EntityManager entityManager;

	private final EntityWriter writer;

	EntityUpdater(EntityManager entityManager, EntityWriter writer) {
		this.entityManager = entityManager;
		this.writer = writer;
	}

	/**
	 * @return what it stored; its changed slugs are those of every entry whose row, body or
	 * relations may have changed, removed ones included: an edge between two other entries is the
	 * same as before
	 */
	Stored update(ContentLinker.Linked before, ContentLinker.Linked after, FileDates dates) {
		Map<String, ParsedEntry> old = bySlug(before);
		Map<String, ParsedEntry> now = bySlug(after);
		Set<String> removed = old.keySet()
			.stream()
			.filter((slug) -> !now.containsKey(slug) || now.get(slug).kind() != old.get(slug).kind())
			.collect(Collectors.toSet());
		Set<String> added = now.keySet()
			.stream()
			.filter((slug) -> !old.containsKey(slug) || removed.contains(slug))
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Set<String> rewritten = now.keySet()
			.stream()
			.filter((slug) -> old.containsKey(slug) && !removed.contains(slug) && !old.get(slug).sameFileAs(now.get(slug)))
			.collect(Collectors.toSet());
		// with the same targets, an unchanged entry's figure sources resolve as before: compare its links only
		boolean sameTargets = after.targets().sameAs(before.targets());
		Set<String> rerendered = now.keySet()
			.stream()
			.filter((slug) -> old.containsKey(slug) && !removed.contains(slug) && !rewritten.contains(slug))
			.filter((slug) -> sameTargets ? !before.bodyLinks().get(slug).equals(after.bodyLinks().get(slug))
					: !Objects.equals(dependencies(before, old.get(slug)), dependencies(after, now.get(slug))))
			.collect(Collectors.toSet());
		Set<Edge> unjoined = new LinkedHashSet<>();
		Set<Edge> joined = new LinkedHashSet<>();
		Set<String> declarers = new LinkedHashSet<>();
		Stream.of(before, after).flatMap((linked) -> linked.entries().stream()).forEach((e) -> declarers.add(e.slug()));
		for (String slug : declarers) {
			List<Edge> was = before.declared().getOrDefault(slug, List.of());
			List<Edge> is = after.declared().getOrDefault(slug, List.of());
			if (!was.equals(is)) {
				unjoined.addAll(difference(was, after.edges(), removed));
				joined.addAll(difference(is, before.edges(), removed));
			}
		}

		Set<String> rendered = new HashSet<>(added);
		rendered.addAll(rewritten);
		rendered.addAll(rerendered);
		Set<String> needed = new HashSet<>(removed);
		needed.addAll(rendered);
		unjoined.forEach((edge) -> needed.addAll(List.of(edge.from(), edge.to())));
		joined.forEach((edge) -> needed.addAll(List.of(edge.from(), edge.to())));
		rendered.stream().map(now::get).flatMap(EntityUpdater::figureSources).forEach(needed::add);
		Map<String, Entry> stored = load(needed);

		// First let go of everything that disappears, so that re-created slugs do not clash.
		// The relation rows go before the entries at their ends: a row deleted after one of its ends
		// would first be updated to point nowhere.
		unjoined.forEach((edge) -> edge.remove(stored.get(edge.from()), stored.get(edge.to())));
		this.entityManager.flush();
		rendered.stream().map(stored::get).filter(Objects::nonNull).forEach(EntityUpdater::clearFigures);
		removed.forEach((slug) -> this.entityManager.remove(stored.remove(slug)));
		this.entityManager.flush();

		Map<String, Markdown.Rendered> html = this.writer.render(after, rendered.stream().map(now::get).toList());
		Map<String, Tag> tags = new HashMap<>();
		for (String slug : added) {
			Entry entity = this.writer.create(now.get(slug), html.get(slug), dates);
			this.writer.tag(entity, now.get(slug), tags);
			this.entityManager.persist(entity);
			stored.put(slug, entity);
		}
		for (String slug : rewritten) {
			this.writer.describe(stored.get(slug), now.get(slug), html.get(slug), dates);
			this.writer.tag(stored.get(slug), now.get(slug), tags);
		}
		rerendered.forEach((slug) -> html.get(slug).writeTo(stored.get(slug)));
		rendered.forEach((slug) -> this.writer.figures(stored.get(slug), now.get(slug), stored::get));
		joined.forEach((edge) -> edge.add(stored.get(edge.from()), stored.get(edge.to())));
		removeUnusedTags(Stream.concat(removed.stream(), rewritten.stream()).map(old::get).toList(),
				rewritten.stream().map(now::get).toList(), after);
		this.entityManager.flush();
		Set<String> written = new HashSet<>(added);
		written.addAll(rewritten);
		return Stored.rendering(needed, written, html);
	}

	/**
	 * Edges in {@code edges} but not in {@code others}, plus every edge touching a re-created slug.
	 * Only the edges of entries whose declared list changed are compared: an edge that is declared
	 * by equal lists in both runs is in both.
	 */
	private static List<Edge> difference(List<Edge> edges, Set<Edge> others, Set<String> recreated) {
		return edges.stream()
			.filter((edge) -> !others.contains(edge) || recreated.contains(edge.from()) || recreated.contains(edge.to()))
			.toList();
	}

	/** What an entry's stored page depends on besides its own file: link targets and figure sources. */
	private static List<Object> dependencies(ContentLinker.Linked linked, ParsedEntry entry) {
		List<String> sources = figureSources(entry)
			.filter((slug) -> linked.targets().bySlug(slug).filter((t) -> t.kind() == Kind.SOURCE).isPresent())
			.toList();
		return List.of(linked.bodyLinks().get(entry.slug()), sources);
	}

	private static void clearFigures(Entry entity) {
		if (entity instanceof Company company) {
			company.getMetrics().clear();
			company.getTimeline().clear();
			company.getPipeline().clear();
		}
	}

	private static Stream<String> figureSources(ParsedEntry entry) {
		if (!(entry.matter().details() instanceof CompanyDetails details)) {
			return Stream.empty();
		}
		return Stream.of(details.metrics().stream().map((m) -> m.source().slug()),
				details.timeline().stream().map((e) -> e.source().slug()),
				details.pipeline().stream().map((stage) -> stage.source().slug()))
			.flatMap((slugs) -> slugs);
	}

	private Map<String, Entry> load(Set<String> slugs) {
		Map<String, Entry> stored = new HashMap<>();
		if (!slugs.isEmpty()) {
			this.entityManager.createQuery("select e from Entry e where e.slug in :slugs", Entry.class)
				.setParameter("slugs", slugs)
				.getResultStream()
				.forEach((entry) -> stored.put(entry.getSlug(), entry));
		}
		return stored;
	}

	/**
	 * Removes the tags that only old versions of entries had: those of {@code replaced} that neither
	 * their new versions ({@code rewritten}) nor any other entry has.
	 */
	private void removeUnusedTags(List<ParsedEntry> replaced, List<ParsedEntry> rewritten, ContentLinker.Linked after) {
		Set<String> candidates = replaced.stream()
			.flatMap((entry) -> entry.matter().tags().stream())
			.collect(Collectors.toCollection(HashSet::new));
		rewritten.forEach((entry) -> candidates.removeAll(entry.matter().tags()));
		if (candidates.isEmpty()) {
			return;
		}
		after.entries().forEach((entry) -> candidates.removeAll(entry.matter().tags()));
		candidates.stream()
			.map((name) -> this.entityManager.find(Tag.class, name))
			.filter(Objects::nonNull)
			.forEach(this.entityManager::remove);
	}

	private static Map<String, ParsedEntry> bySlug(ContentLinker.Linked linked) {
		return linked.entries().stream().collect(Collectors.toMap(ParsedEntry::slug, (entry) -> entry));
	}

}
