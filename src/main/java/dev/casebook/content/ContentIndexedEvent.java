package dev.casebook.content;

/**
 * Published after every successful indexing run, once the new state is visible to readers.
 * Caches keyed on content listen to it.
 */
public record ContentIndexedEvent(IndexReport report) {
}
