package dev.casebook.search;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search as JSON, with the parameters of the {@code /search} page. */
@RestController
class SearchApiController {

	private final SearchService search;

	SearchApiController(SearchService search) {
		this.search = search;
	}

	/**
	 * @param q words, {@code "phrases"} and {@code -excluded} words
	 * @param tags tags every hit must carry
	 * @param kinds kinds a hit may be: company, tool, practice, source
	 * @param page the page, from 1
	 */
	@GetMapping("/api/search")
	SearchResponse search(@RequestParam(required = false) String q,
			@RequestParam(name = "tag", required = false) List<String> tags,
			@RequestParam(name = "kind", required = false) List<String> kinds,
			@RequestParam(required = false) String page) {
		return SearchResponse.of(this.search.search(SearchRequest.of(q, tags, kinds, page)));
	}

	/** Up to 8 entries whose title or alias starts with the words typed so far. */
	@GetMapping("/api/suggest")
	List<Suggestion> suggest(@RequestParam(required = false) String q) {
		return this.search.suggest(q);
	}

}
