package dev.casebook.relation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.casebook.content.Edge;
import dev.casebook.core.Kind;
import dev.casebook.core.Revision;

/**
 * An immutable snapshot of every entry and every typed relation between entries, with the body
 * passages that link one entry to another and the dated company events. Built once per indexing run by
 * {@link RelationIndexer}.
 */
public final class RelationIndex {

	private final Map<String, Node> nodes = new LinkedHashMap<>();

	private final Map<String, Map<Relation, Set<String>>> edges = new HashMap<>();

	private final Map<String, Map<String, String>> passages = new HashMap<>();

	private final Map<String, Set<String>> tagged = new HashMap<>();

	private final List<DatedEvent> events;

	/** The events of each company, tool and practice they concern, oldest first. */
	private final Map<String, List<DatedEvent>> eventsBySlug = new HashMap<>();

	private final Revision revision;

	RelationIndex(Revision revision, Collection<Node> nodes, List<DatedEvent> events) {
		this.revision = revision;
		nodes.stream()
			.sorted(Comparator.comparing(Node::kind)
				.thenComparing(Node::title, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(Node::slug))
			.forEach((node) -> this.nodes.put(node.slug(), node));
		this.nodes.values()
			.forEach((node) -> node.tags()
				.forEach((tag) -> this.tagged.computeIfAbsent(tag, (key) -> new LinkedHashSet<>()).add(node.slug())));
		// by year, then company; a company's events keep their order
		this.events = events.stream()
			.sorted(Comparator.comparingInt(DatedEvent::year)
				.thenComparing((event) -> event.company().title(), String.CASE_INSENSITIVE_ORDER)
				.thenComparing((event) -> event.company().slug()))
			.toList();
		for (DatedEvent event : this.events) {
			Stream.concat(Stream.of(event.company()), Stream.concat(event.tools().stream(), event.practices().stream()))
				.map(Node::slug)
				.distinct()
				.forEach((slug) -> this.eventsBySlug.computeIfAbsent(slug, (key) -> new ArrayList<>()).add(event));
		}
	}

	/**
	 * Carries over {@code previous}'s passages, except those of the bodies in {@code rendered} and of
	 * entries no longer here. Called on a new index before its own passages are recorded.
	 */
	void keepPassages(RelationIndex previous, Set<String> rendered) {
		previous.passages.forEach((from, anchors) -> {
			if (!rendered.contains(from) && this.nodes.containsKey(from)) {
				this.passages.put(from, anchors);
			}
		});
	}

	/**
	 * Carries over {@code previous}'s relations between entries outside {@code changed}, before the
	 * run's relations that touch a changed entry ({@code relinked}) are linked again. An entry none of
	 * whose relations leads to a changed entry, and that none of {@code relinked} touches, shares its
	 * relations with {@code previous}: nothing links to it here, so neither index alters them.
	 */
	void keepLinks(RelationIndex previous, Set<String> changed, Collection<Edge> relinked) {
		Set<String> touched = new HashSet<>();
		changed.forEach((slug) -> previous.relations(slug).values().forEach(touched::addAll));
		relinked.forEach((edge) -> {
			touched.add(edge.from());
			touched.add(edge.to());
		});
		previous.edges.forEach((from, relations) -> {
			if (!changed.contains(from) && this.nodes.containsKey(from)) {
				this.edges.put(from, touched.contains(from) ? without(relations, changed) : relations);
			}
		});
		this.edges.values().removeIf(Map::isEmpty);
	}

	private static Map<Relation, Set<String>> without(Map<Relation, Set<String>> relations, Set<String> changed) {
		Map<Relation, Set<String>> kept = new TreeMap<>();
		relations.forEach((relation, targets) -> {
			Set<String> left = new TreeSet<>(targets);
			left.removeAll(changed);
			if (!left.isEmpty()) {
				kept.put(relation, left);
			}
		});
		return kept;
	}

	/** Records {@code from relation to} and its inverse; unknown slugs are ignored. */
	void link(String from, Relation relation, String to) {
		if (this.nodes.containsKey(from) && this.nodes.containsKey(to) && !from.equals(to)) {
			targets(from, relation).add(to);
			targets(to, relation.inverse()).add(from);
		}
	}

	/** Records that {@code from}'s body links to {@code to} under the heading with id {@code anchor}. */
	void passage(String from, String to, String anchor) {
		this.passages.computeIfAbsent(from, (key) -> new HashMap<>()).putIfAbsent(to, anchor);
	}

	private Set<String> targets(String from, Relation relation) {
		return this.edges.computeIfAbsent(from, (key) -> new TreeMap<>())
			.computeIfAbsent(relation, (key) -> new TreeSet<>());
	}

	/** The indexing run this index shows. */
	public Revision revision() {
		return this.revision;
	}

	/** Every entry, by kind, then title. */
	public Collection<Node> nodes() {
		return this.nodes.values();
	}

	public List<Node> nodes(Kind kind) {
		return this.nodes.values().stream().filter((node) -> node.kind() == kind).toList();
	}

	public Optional<Node> node(String slug) {
		return Optional.ofNullable(this.nodes.get(slug));
	}

	/** Slugs that {@code slug} stands in {@code relation} to. */
	public Set<String> related(String slug, Relation relation) {
		return Collections.unmodifiableSet(this.edges.getOrDefault(slug, Map.of()).getOrDefault(relation, Set.of()));
	}

	/** Every relation of {@code slug}, by type. */
	public Map<Relation, Set<String>> relations(String slug) {
		return Collections.unmodifiableMap(this.edges.getOrDefault(slug, Map.of()));
	}

	public List<Node> nodes(Collection<String> slugs) {
		return slugs.stream().map(this.nodes::get).filter((node) -> node != null).toList();
	}

	public Set<String> tagged(String tag) {
		return this.tagged.getOrDefault(tag, Set.of());
	}

	/** Every tag some entry carries. */
	public Set<String> tags() {
		return Collections.unmodifiableSet(this.tagged.keySet());
	}

	public boolean hasTag(String tag) {
		return this.tagged.containsKey(tag);
	}

	/** Where {@code from}'s body links to {@code to}: its page, at the heading above the link if any. */
	public Optional<String> passage(String from, String to) {
		String anchor = this.passages.getOrDefault(from, Map.of()).get(to);
		return (anchor != null) ? node(from).map((node) -> anchor.isEmpty() ? node.path() : node.path() + "#" + anchor)
				: Optional.empty();
	}

	/** Every dated event, oldest first. */
	public List<DatedEvent> events() {
		return this.events;
	}

	/** The events of a company, or naming a tool or practice, oldest first. */
	public List<DatedEvent> events(String slug) {
		return Collections.unmodifiableList(this.eventsBySlug.getOrDefault(slug, List.of()));
	}

}
