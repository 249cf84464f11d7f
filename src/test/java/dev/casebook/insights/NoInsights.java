package dev.casebook.insights;

import java.util.List;
import java.util.Optional;

import dev.casebook.model.Entry;

/** The insights of an entry that nothing else relates to, for web slice tests of entry pages. */
public final class NoInsights {

	private NoInsights() {
	}

	public static EntryInsights of(Entry entry) {
		return new EntryInsights(entry.getKind(), entry.getSlug(), List.of(), List.of(), Optional.empty());
	}

}
