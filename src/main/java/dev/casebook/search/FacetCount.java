package dev.casebook.search;

/**
 * One value of a facet and how many hits of the current search have it.
 *
 * @param value the tag name or kind key
 * @param label what to show
 * @param count hits with this value
 * @param selected whether the search is already narrowed to this value
 * @param href this search narrowed to the value, or widened again when {@code selected}
 * @param anyHref for a tag, this search with the tag among those of which one is enough
 * ({@code tag-any}), or without it; null for a kind
 * @param notHref for a tag, this search leaving out entries with the tag ({@code -tag}), or no
 * longer; null for a kind
 */
public record FacetCount(String value, String label, long count, boolean selected, String href, String anyHref,
		String notHref) {

	static FacetCount kind(String value, String label, long count, boolean selected, String href) {
		return new FacetCount(value, label, count, selected, href, null, null);
	}

}
