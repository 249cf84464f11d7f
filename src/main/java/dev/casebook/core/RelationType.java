package dev.casebook.core;

import java.util.EnumSet;
import java.util.Set;

/**
 * The relation schema: one row per type of relation between two entries. Front matter is read, links
 * are checked, relations are stored and indexed, and pages and the API name them, all from these rows.
 * A relation reads from its {@code from} end ("a company uses a tool"); its inverse reads from the
 * other end ("a tool is used by a company").
 */
public enum RelationType {

	USES(EnumSet.of(Kind.COMPANY), Kind.TOOL, "tools", "companies", false, "uses", "Uses", "used-by", "Used by"),

	ADOPTS(EnumSet.of(Kind.COMPANY), Kind.PRACTICE, "practices", "companies", false, "adopts", "Adopts", "adopted-by",
			"Adopted by"),

	SUPPORTS(EnumSet.of(Kind.TOOL), Kind.PRACTICE, "practices", "", false, "supports", "Supports", "supported-by",
			"Supported by"),

	/** A tool has one creator, so a tool names it under {@code created_by} as a single slug. */
	CREATED(EnumSet.of(Kind.COMPANY), Kind.TOOL, "", "created_by", true, "created", "Created", "created-by",
			"Created by"),

	/** Symmetric: either practice may declare it, and it reads the same from both ends. */
	RELATED(EnumSet.of(Kind.PRACTICE), Kind.PRACTICE, "related", "", false, "related", "Related", "related",
			"Related"),

	/** An entry cites a source, under {@code sources} (and, on a company, by its figures, events and stages). */
	CITES(EnumSet.allOf(Kind.class), Kind.SOURCE, "sources", "", false, "cites", "Cites", "cited-by", "Cited by"),

	/** A link in an entry's body to another entry; never declared in front matter. */
	LINKS_TO(EnumSet.allOf(Kind.class), null, "", "", false, "links-to", "Links to", "linked-from", "Linked from");

	private final Set<Kind> from;

	private final Kind to;

	private final String key;

	private final String inverseKey;

	private final boolean oneFrom;

	private final String verb;

	private final String label;

	private final String inverseVerb;

	private final String inverseLabel;

	/**
	 * @param from the kinds it may start from
	 * @param to the kind it must end at; {@code null} for any
	 * @param key the front-matter key of a {@code from} entry that lists its targets, or empty
	 * @param inverseKey the front-matter key of a {@code to} entry that lists where it comes from, or empty
	 * @param oneFrom whether a {@code to} entry has at most one, written as a single slug under
	 * {@code inverseKey}
	 */
	RelationType(Set<Kind> from, Kind to, String key, String inverseKey, boolean oneFrom, String verb, String label,
			String inverseVerb, String inverseLabel) {
		this.from = from;
		this.to = to;
		this.key = key;
		this.inverseKey = inverseKey;
		this.oneFrom = oneFrom;
		this.verb = verb;
		this.label = label;
		this.inverseVerb = inverseVerb;
		this.inverseLabel = inverseLabel;
	}

	public boolean startsAt(Kind kind) {
		return this.from.contains(kind);
	}

	public boolean endsAt(Kind kind) {
		return this.to == null || this.to == kind;
	}

	/** The kind it must end at, when it is declared in front matter (every declared type has one). */
	public Kind to() {
		return this.to;
	}

	/** The only kind it may start from, as an inverse key names it. */
	public Kind fromKind() {
		return this.from.iterator().next();
	}

	public String key() {
		return this.key;
	}

	public String inverseKey() {
		return this.inverseKey;
	}

	public boolean oneFrom() {
		return this.oneFrom;
	}

	/**
	 * Whether it says what two entries are to each other (a company uses a tool, two practices are
	 * related), so that they are neighbours in graphs and suggestions; citations and body links are not.
	 */
	public boolean betweenPeers() {
		return this != CITES && this != LINKS_TO;
	}

	public boolean symmetric() {
		return this.verb.equals(this.inverseVerb);
	}

	/** Its name from the {@code from} end, in queries and JSON: {@code uses}. */
	public String verb() {
		return this.verb;
	}

	/** Its name from the {@code to} end: {@code used-by}. */
	public String inverseVerb() {
		return this.inverseVerb;
	}

	/** The heading of the entries it leads to on a page: "Uses". */
	public String label() {
		return this.label;
	}

	/** The heading of the entries it comes from on a page: "Used by". */
	public String inverseLabel() {
		return this.inverseLabel;
	}

}
