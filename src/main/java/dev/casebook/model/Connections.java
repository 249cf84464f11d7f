package dev.casebook.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.casebook.core.Kind;

/**
 * The entries an entry page links to, grouped by how they relate to it ("Uses", "Adopted by",
 * "Linked from"…), each entry once: in the first group that holds it. Sources are left out; the
 * page lists them as numbered references.
 */
public record Connections(List<Group> groups) {

	/** Entries related to the page's entry in one way. */
	public record Group(String label, List<Entry> entries) {
	}

	/** The groups in order, each entry kept only in the first; empty groups dropped. */
	static Connections of(List<Group> candidates) {
		Set<String> shown = new HashSet<>();
		List<Group> groups = new ArrayList<>();
		for (Group candidate : candidates) {
			List<Entry> entries = candidate.entries()
				.stream()
				.filter((entry) -> entry.getKind() != Kind.SOURCE && shown.add(entry.getSlug()))
				.toList();
			if (!entries.isEmpty()) {
				groups.add(new Group(candidate.label(), entries));
			}
		}
		return new Connections(List.copyOf(groups));
	}

	/** Whether {@code slug} is among the entries shown. */
	public boolean shows(String slug) {
		return this.groups.stream().anyMatch((group) -> group.entries().stream().anyMatch((e) -> e.getSlug().equals(slug)));
	}

	public boolean isEmpty() {
		return this.groups.isEmpty();
	}

}
