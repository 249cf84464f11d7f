package dev.casebook.content;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a run's transaction stored: the slugs it may have changed, the entries it wrote from their
 * files and the bodies it rendered (of those and of entries whose links changed), as HTML by slug.
 * Written by {@link EntityWriter} or {@link EntityUpdater}, published as part of a
 * {@link StoredRun}.
 */
record Stored(Set<String> changed, Set<String> written, Map<String, String> bodies) {

	Stored {
		changed = Set.copyOf(changed);
		written = Set.copyOf(written);
		bodies = Map.copyOf(bodies);
	}

	/** What a run stored that rendered {@code rendered}. */
	static Stored rendering(Set<String> changed, Set<String> written, Map<String, Markdown.Rendered> rendered) {
		return new Stored(changed, written, rendered.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (body) -> body.getValue().html())));
	}

}
