package dev.casebook.source;

import dev.casebook.content.Kind;
import dev.casebook.web.EntryNotFoundException;
import dev.casebook.web.ListPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SourceController {

	private final SourceRepository sources;

	SourceController(SourceRepository sources) {
		this.sources = sources;
	}

	@GetMapping("/sources")
	String list(@RequestParam(required = false) String page, Model model) {
		model.addAttribute("sources", ListPages.of(this.sources, page));
		return "sources/list";
	}

	@GetMapping("/sources/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("source", this.sources.findBySlug(slug)
			.orElseThrow(() -> new EntryNotFoundException(Kind.SOURCE, slug)));
		return "sources/detail";
	}

}
