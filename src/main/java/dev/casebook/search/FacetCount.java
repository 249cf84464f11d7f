package dev.casebook.search;

/**
 * One value of a facet and how many hits of the current search have it.
 *
 * @param value the tag name or kind key
 * @param label what to show
 * @param count hits with this value
 * @param selected whether the search is already narrowed to this value
 * @param href this search narrowed to the value, or widened again when {@code selected}
 */
public record FacetCount(String value, String label, long count, boolean selected, String href) {
}
