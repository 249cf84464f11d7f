package dev.casebook.search;

import java.util.List;

import dev.casebook.core.Kind;

/**
 * The JSON answer of {@code /api/search}.
 *
 * @param query the search text as read (cleaned and cut to 500 characters)
 * @param tags the tags every hit carries
 * @param kinds the kinds asked for (any when empty)
 * @param page the page shown, from 1
 * @param pageSize hits per page
 * @param pages how many pages there are, at least 1
 * @param total how many entries match
 * @param notices what was ignored or shortened in the parameters
 * @param hits the entries on this page, best first
 * @param facets hit counts per kind and per tag
 * @param suggestions what to try when nothing matched
 */
public record SearchResponse(String query, List<String> tags, List<String> kinds, int page, int pageSize, int pages,
		long total, List<String> notices, List<Hit> hits, Facets facets, Alternatives suggestions) {

	/** Hit counts per kind (as if no kind were chosen) and per tag; each {@code href} narrows the search. */
	public record Facets(List<FacetCount> kinds, List<FacetCount> tags) {
	}

	static SearchResponse of(SearchResults results) {
		SearchRequest request = results.request();
		return new SearchResponse(request.query().text(), request.tags(), request.kinds().stream().map(Kind::key).toList(),
				results.page(), SearchResults.PAGE_SIZE, results.pages(), results.total(), request.notices(),
				results.hits(), new Facets(results.kinds(), results.tags()), results.suggestions());
	}

}
