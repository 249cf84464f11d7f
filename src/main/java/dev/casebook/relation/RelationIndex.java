package dev.casebook.relation;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.casebook.content.Kind;

/**
 * An immutable snapshot of every entry and every typed relation between entries, with the body
 * passages that link one entry to another and the dated company events. Built once per indexing run by
 * {@link Relations}.
 */
public final class RelationIndex {

	private final Map<String, Node> nodes = new LinkedHashMap<>();

	private final Map<String, Map<Relation, Set<String>>> edges = new HashMap<>();

	private final Map<String, Map<String, String>> passages = new HashMap<>();

	private final Map<String, Set<String>> tagged = new HashMap<>();

	private final List<DatedEvent> events;

	RelationIndex(Collection<Node> nodes, List<DatedEvent> events) {
		nodes.stream()
			.sorted(Comparator.comparing(Node::kind).thenComparing(Node::title, String.CASE_INSENSITIVE_ORDER))
			.forEach((node) -> this.nodes.put(node.slug(), node));
		nodes.forEach((node) -> node.tags()
			.forEach((tag) -> this.tagged.computeIfAbsent(tag, (key) -> new LinkedHashSet<>()).add(node.slug())));
		this.events = events.stream().sorted(Comparator.comparingInt(DatedEvent::year)).toList();
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
		return this.edges.computeIfAbsent(from, (key) -> new EnumMap<>(Relation.class))
			.computeIfAbsent(relation, (key) -> new TreeSet<>());
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
		return this.edges.getOrDefault(slug, Map.of()).getOrDefault(relation, Set.of());
	}

	/** Every relation of {@code slug}, by type. */
	public Map<Relation, Set<String>> relations(String slug) {
		return this.edges.getOrDefault(slug, Map.of());
	}

	public List<Node> nodes(Collection<String> slugs) {
		return slugs.stream().map(this.nodes::get).filter((node) -> node != null).toList();
	}

	public Set<String> tagged(String tag) {
		return this.tagged.getOrDefault(tag, Set.of());
	}

	public boolean hasTag(String tag) {
		return this.tagged.containsKey(tag);
	}

	/**
	 * The address of the passage in {@code from}'s body that links to {@code to}: its page with the id
	 * of the heading above the link, if any.
	 */
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
		return this.events.stream().filter((event) -> event.concerns(slug)).toList();
	}

}
