package dev.casebook.practice;

import dev.casebook.cite.LinkedData;
import dev.casebook.core.Kind;
import dev.casebook.core.RelationType;
import dev.casebook.insights.Insights;
import dev.casebook.model.Practice;
import dev.casebook.model.PracticeRepository;
import dev.casebook.relation.Relation;
import dev.casebook.status.EntryFiles;
import dev.casebook.web.CategoryList;
import dev.casebook.web.CategoryLists.Filter;
import dev.casebook.web.CategoryLists;
import dev.casebook.web.EntryNotFoundException;
import dev.casebook.web.EntryView;
import dev.casebook.web.TableDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PracticeController {

	private final PracticeRepository practices;

	private final CategoryLists lists;

	private final Insights insights;

	private final EntryFiles files;

	private final LinkedData linkedData;

	PracticeController(PracticeRepository practices, CategoryLists lists, Insights insights, EntryFiles files, LinkedData linkedData) {
		this.practices = practices;
		this.lists = lists;
		this.insights = insights;
		this.files = files;
		this.linkedData = linkedData;
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
		return this.lists.list(Kind.PRACTICE, Relation.inverseOf(RelationType.ADOPTS), new Filter(category, tag, company), page);
	}

	@GetMapping("/practices/{slug}")
	@Transactional(readOnly = true)
	String show(@PathVariable String slug, Model model) {
		Practice practice = this.practices.findBySlug(slug)
			.orElseThrow(() -> new EntryNotFoundException(Kind.PRACTICE, slug));
		model.addAttribute("practice", practice);
		model.addAttribute("entry", EntryView.of(practice, this.linkedData.linkedData(practice)));
		model.addAttribute("insights", this.insights.of(practice));
		model.addAttribute("entryPages", this.files.now());
		return "practices/detail";
	}

}
