package dev.casebook.search;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search as JSON, with the parameters of the {@code /search} page. */
@RestController
class SearchApiController {

	private final SearchService search;

	private final SearchSuggestions suggestions;

	SearchApiController(SearchService search, SearchSuggestions suggestions) {
		this.search = search;
		this.suggestions = suggestions;
	}

	/**
	 * @param q words, {@code "phrases"} and {@code -excluded} words
	 * @param tags tags every hit must carry
	 * @param anyTags tags of which a hit must carry one
	 * @param notTags tags no hit may carry
	 * @param kinds kinds a hit may be: company, tool, practice, source
	 * @param page the page, from 1
	 */
	@GetMapping("/api/search")
	SearchResponse search(@RequestParam(required = false) String q,
			@RequestParam(name = "tag", required = false) List<String> tags,
			@RequestParam(name = "tag-any", required = false) List<String> anyTags,
			@RequestParam(name = "-tag", required = false) List<String> notTags,
			@RequestParam(name = "kind", required = false) List<String> kinds,
			@RequestParam(required = false) String page) {
		return SearchResponse.of(this.search.search(SearchRequest.of(q, tags, anyTags, notTags, kinds, page)));
	}

	/**
	 * Up to 8 entries whose title or alias starts with the words typed so far, then entries whose tags,
	 * summary or text hold them.
	 */
	@GetMapping("/api/suggest")
	List<Suggestion> suggest(@RequestParam(required = false) String q) {
		return this.suggestions.suggest(q);
	}

}
