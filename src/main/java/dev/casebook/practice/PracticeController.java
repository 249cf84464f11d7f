package dev.casebook.practice;

import dev.casebook.content.Kind;
import dev.casebook.relation.Relation;
import dev.casebook.web.CategoryList;
import dev.casebook.web.CategoryLists;
import dev.casebook.web.CategoryLists.Filter;
import dev.casebook.web.EntryNotFoundException;
import dev.casebook.web.TableDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PracticeController {

	private final PracticeRepository practices;

	private final CategoryLists lists;

	PracticeController(PracticeRepository practices, CategoryLists lists) {
		this.practices = practices;
		this.lists = lists;
	}

	/** {@code /practices?category=…&tag=…&company=…&page=2}: every filter is optional. */
	@GetMapping("/practices")
	String list(@RequestParam(required = false) String category, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String company, @RequestParam(required = false) String page, Model model) {
		model.addAttribute("list", list(category, tag, company, page));
		return "practices/list";
	}

	/** The same list, every page of it, as {@code ?format=csv} or {@code ?format=json}. */
	@GetMapping(path = "/practices", params = "format")
	ResponseEntity<?> download(@RequestParam(required = false) String category,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String company,
			@RequestParam String format) {
		return TableDownload.of(format, "practices", list(category, tag, company, null).table());
	}

	private CategoryList list(String category, String tag, String company, String page) {
		return this.lists.list(Kind.PRACTICE, Relation.ADOPTED_BY, new Filter(category, tag, company), page);
	}

	@GetMapping("/practices/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("practice", this.practices.findBySlug(slug)
			.orElseThrow(() -> new EntryNotFoundException(Kind.PRACTICE, slug)));
		return "practices/detail";
	}

}
