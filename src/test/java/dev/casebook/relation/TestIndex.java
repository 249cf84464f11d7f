package dev.casebook.relation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import dev.casebook.core.Kind;
import dev.casebook.core.RelationType;
import dev.casebook.core.Revision;

/** Builds a {@link RelationIndex} by hand for web-slice tests. */
public final class TestIndex {

	/** Every index built is of a run of its own, as every indexing run gives one. */
	private static final AtomicLong RUNS = new AtomicLong();

	private final List<Node> nodes = new ArrayList<>();

	private final List<String[]> links = new ArrayList<>();

	private final List<DatedEvent> events = new ArrayList<>();

	private final List<String[]> passages = new ArrayList<>();

	/**
	 * Netflix (uses Spinnaker and Jenkins, adopts chaos engineering and canary releases), Etsy (uses
	 * Jenkins, adopts canary releases and two-pizza teams), Acme (no relations); Spinnaker supports canary
	 * releases; one Netflix event in 2008 naming Spinnaker and chaos engineering, one Etsy event in 2009.
	 */
	public static RelationIndex sample() {
		Node netflix = node(Kind.COMPANY, "netflix", "Netflix", "cloud", "streaming");
		Node etsy = node(Kind.COMPANY, "etsy", "Etsy", "cloud", "e-commerce");
		Node spinnaker = node(Kind.TOOL, "spinnaker", "Spinnaker", "cloud", "deployment");
		Node chaos = node(Kind.PRACTICE, "chaos-engineering", "Chaos engineering", "resilience");
		Node notes = node(Kind.SOURCE, "notes", "Study notes");
		return new TestIndex()
			.add(netflix, etsy, node(Kind.COMPANY, "acme", "Acme"), spinnaker, node(Kind.TOOL, "jenkins", "Jenkins"),
					chaos, categorised(Kind.PRACTICE, "canary-release", "Canary release", "Release"),
					categorised(Kind.PRACTICE, "two-pizza-teams", "Two-pizza teams", "Organisation"), notes)
			.link("netflix", Relation.of(RelationType.USES), "spinnaker")
			.link("netflix", Relation.of(RelationType.USES), "jenkins")
			.link("etsy", Relation.of(RelationType.USES), "jenkins")
			.link("netflix", Relation.of(RelationType.ADOPTS), "chaos-engineering")
			.link("netflix", Relation.of(RelationType.ADOPTS), "canary-release")
			.link("etsy", Relation.of(RelationType.ADOPTS), "canary-release")
			.link("etsy", Relation.of(RelationType.ADOPTS), "two-pizza-teams")
			.link("spinnaker", Relation.of(RelationType.SUPPORTS), "canary-release")
			.link("spinnaker", Relation.inverseOf(RelationType.CREATED), "netflix")
			.link("netflix", Relation.of(RelationType.CITES), "notes")
			.passage("etsy", "canary-release", "delivery")
			.passage("canary-release", "netflix", "")
			.event(new DatedEvent(2008, netflix, "Netflix built Spinnaker after an outage taught chaos engineering.", notes,
					List.of(spinnaker), List.of(chaos), "event-1"))
			.event(new DatedEvent(2009, etsy, "Etsy let developers deploy.", null, List.of(), List.of(), "event-1"))
			.build();
	}

	public static Node node(Kind kind, String slug, String title, String... tags) {
		return new Node(kind, slug, title, "Summary of " + title + ".", null, new TreeSet<>(Set.of(tags)), List.of(),
				LocalDate.of(2026, 1, 1), null);
	}

	public static Node categorised(Kind kind, String slug, String title, String category) {
		return new Node(kind, slug, title, "Summary of " + title + ".", category, new TreeSet<>(), List.of(),
				LocalDate.of(2026, 1, 1), null);
	}

	public TestIndex add(Node... nodes) {
		this.nodes.addAll(List.of(nodes));
		return this;
	}

	public TestIndex link(String from, Relation relation, String to) {
		this.links.add(new String[] { from, relation.key(), to });
		return this;
	}

	public TestIndex event(DatedEvent event) {
		this.events.add(event);
		return this;
	}

	public TestIndex passage(String from, String to, String anchor) {
		this.passages.add(new String[] { from, to, anchor });
		return this;
	}

	public RelationIndex build() {
		RelationIndex index = new RelationIndex(new Revision(RUNS.incrementAndGet(), Instant.EPOCH), this.nodes,
				this.events);
		this.links.forEach((link) -> index.link(link[0], Relation.ofKey(link[1]).orElseThrow(), link[2]));
		this.passages.forEach((passage) -> index.passage(passage[0], passage[1], passage[2]));
		return index;
	}

}
