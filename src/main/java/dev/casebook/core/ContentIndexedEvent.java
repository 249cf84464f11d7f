package dev.casebook.core;

import java.util.Optional;
import java.util.Set;

/**
 * Published after every successful indexing run, once the new state is visible to readers: the
 * store has committed and the run's snapshot is built. Caches key on the snapshot's revision
 * instead; operations metrics count runs by this event.
 *
 * @param changed after a reload, the slugs of the entries it may have changed (removed ones
 * included; relations between two other entries are as before); empty after a full index
 */
public record ContentIndexedEvent(IndexReport report, Optional<Set<String>> changed) {

	public ContentIndexedEvent {
		changed = changed.map(Set::copyOf);
	}

}
