package dev.casebook.core;

/** Where the revision the site serves is published: whatever keeps derived data keys it on this. */
public interface Revisions {

	/** The revision of the last indexing run, or {@link Revision#NONE} before the first has finished. */
	Revision revision();

}
