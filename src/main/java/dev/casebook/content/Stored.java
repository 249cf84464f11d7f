package dev.casebook.content;

import java.util.Map;
import java.util.Set;

/**
 * What a run's transaction stored: the slugs it may have changed, the entries it wrote from their
 * files and the bodies it rendered (of those and of entries whose links changed). Written by
 * {@link EntityWriter} or {@link EntityUpdater}, published as part of a {@link StoredRun}.
 */
record Stored(Set<String> changed, Set<String> written, Map<String, Markdown.Rendered> rendered) {

	Stored {
		changed = Set.copyOf(changed);
		written = Set.copyOf(written);
		rendered = Map.copyOf(rendered);
	}

}
