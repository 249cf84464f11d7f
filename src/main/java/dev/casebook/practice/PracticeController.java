package dev.casebook.practice;

import dev.casebook.content.Kind;
import dev.casebook.web.EntryNotFoundException;
import dev.casebook.web.ListPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PracticeController {

	private final PracticeRepository practices;

	PracticeController(PracticeRepository practices) {
		this.practices = practices;
	}

	@GetMapping("/practices")
	String list(@RequestParam(required = false) String page, Model model) {
		model.addAttribute("practices", ListPages.of(this.practices, page));
		return "practices/list";
	}

	@GetMapping("/practices/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("practice", this.practices.findBySlug(slug)
			.orElseThrow(() -> new EntryNotFoundException(Kind.PRACTICE, slug)));
		return "practices/detail";
	}

}
