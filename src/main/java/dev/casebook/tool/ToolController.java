package dev.casebook.tool;

import dev.casebook.cite.LinkedData;
import dev.casebook.core.Kind;
import dev.casebook.core.RelationType;
import dev.casebook.insights.Insights;
import dev.casebook.model.Tool;
import dev.casebook.model.ToolRepository;
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
class ToolController {

	private final ToolRepository tools;

	private final CategoryLists lists;

	private final Insights insights;

	private final EntryFiles files;

	private final LinkedData linkedData;

	ToolController(ToolRepository tools, CategoryLists lists, Insights insights, EntryFiles files, LinkedData linkedData) {
		this.tools = tools;
		this.lists = lists;
		this.insights = insights;
		this.files = files;
		this.linkedData = linkedData;
	}

	/** {@code /tools?category=…&tag=…&company=…&page=2}: every filter is optional. */
	@GetMapping("/tools")
	String list(@RequestParam(required = false) String category, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String company, @RequestParam(required = false) String page, Model model) {
		model.addAttribute("list", list(category, tag, company, page));
		return "tools/list";
	}

	/** The same list, every page of it, as {@code ?format=csv} or {@code ?format=json}. */
	@GetMapping(path = "/tools", params = "format")
	ResponseEntity<?> download(@RequestParam(required = false) String category,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String company,
			@RequestParam String format) {
		return TableDownload.of(format, "tools", list(category, tag, company, null).table());
	}

	private CategoryList list(String category, String tag, String company, String page) {
		return this.lists.list(Kind.TOOL, Relation.inverseOf(RelationType.USES), new Filter(category, tag, company), page);
	}

	@GetMapping("/tools/{slug}")
	@Transactional(readOnly = true)
	String show(@PathVariable String slug, Model model) {
		Tool tool = this.tools.findBySlug(slug)
			.orElseThrow(() -> new EntryNotFoundException(Kind.TOOL, slug));
		model.addAttribute("tool", tool);
		model.addAttribute("entry", EntryView.of(tool, this.linkedData.linkedData(tool)));
		model.addAttribute("createdBy", tool.getCreatedBy());
		model.addAttribute("insights", this.insights.of(tool));
		model.addAttribute("entryPages", this.files.now());
		return "tools/detail";
	}

}
