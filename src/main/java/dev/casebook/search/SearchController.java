package dev.casebook.search;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(name = "tag", required = false) List<String> tags,
			@RequestParam(name = "tag-any", required = false) List<String> anyTags,
			@RequestParam(name = "-tag", required = false) List<String> notTags,
			@RequestParam(name = "kind", required = false) List<String> kinds,
			@RequestParam(required = false) String page, Model model) {
		model.addAttribute("results", this.search.search(SearchRequest.of(q, tags, anyTags, notTags, kinds, page)));
		return "search/results";
	}

}
