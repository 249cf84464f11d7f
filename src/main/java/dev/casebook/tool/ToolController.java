package dev.casebook.tool;

import dev.casebook.content.Kind;
import dev.casebook.web.EntryNotFoundException;
import dev.casebook.web.ListPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ToolController {

	private final ToolRepository tools;

	ToolController(ToolRepository tools) {
		this.tools = tools;
	}

	@GetMapping("/tools")
	String list(@RequestParam(required = false) String page, Model model) {
		model.addAttribute("tools", ListPages.of(this.tools, page));
		return "tools/list";
	}

	@GetMapping("/tools/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("tool", this.tools.findBySlug(slug)
			.orElseThrow(() -> new EntryNotFoundException(Kind.TOOL, slug)));
		return "tools/detail";
	}

}
