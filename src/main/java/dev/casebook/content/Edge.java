package dev.casebook.content;

import dev.casebook.core.RelationType;
import dev.casebook.model.Entry;

/**
 * One stored relation between two entries, by slug, whichever side declared it: declaring a
 * relation on both sides yields the same edge once.
 */
public record Edge(RelationType type, String from, String to) {

	/** A symmetric relation's ends are kept in slug order. */
	static Edge of(RelationType type, String from, String to) {
		boolean swap = type.symmetric() && from.compareTo(to) > 0;
		return swap ? new Edge(type, to, from) : new Edge(type, from, to);
	}

	void add(Entry from, Entry to) {
		from.setRelation(this.type, to, true);
	}

	void remove(Entry from, Entry to) {
		from.setRelation(this.type, to, false);
	}

}
