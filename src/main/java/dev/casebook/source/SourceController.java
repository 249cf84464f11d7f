package dev.casebook.source;

import dev.casebook.content.Kind;
import dev.casebook.web.EntryNotFoundException;
import dev.casebook.web.ListPages;
import dev.casebook.web.TableDownload;
import org.springframework.http.ResponseEntity;
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

	/** Every source as {@code ?format=csv} or {@code ?format=json}. */
	@GetMapping(path = "/sources", params = "format")
	ResponseEntity<?> download(@RequestParam String format) {
		return TableDownload.of(format, "sources", ListPages.table(this.sources));
	}

	@GetMapping("/sources/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("source", this.sources.findBySlug(slug)
			.orElseThrow(() -> new EntryNotFoundException(Kind.SOURCE, slug)));
		return "sources/detail";
	}

}
