package dev.casebook.search;

import java.util.List;

/**
 * One page of a search and what surrounds it.
 *
 * @param request the search as read
 * @param page the page shown (the last page when a later one was asked for)
 * @param pages how many pages there are, at least 1
 * @param total how many entries match
 * @param hits the entries on this page, best first (by title when browsing)
 * @param kinds hits per kind, as if no kind were selected
 * @param tags hits per tag, most frequent first
 * @param suggestions what to try instead, when nothing matched
 * @param relaxed whether no entry had every word, so entries with most of them are shown
 */
public record SearchResults(SearchRequest request, int page, int pages, long total, List<Hit> hits,
		List<FacetCount> kinds, List<FacetCount> tags, Alternatives suggestions, boolean relaxed) {

	public static final int PAGE_SIZE = 10;

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pages;
	}

	public int firstHit() {
		return (this.page - 1) * PAGE_SIZE + 1;
	}

	public int lastHit() {
		return firstHit() + this.hits.size() - 1;
	}

}
