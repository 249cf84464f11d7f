package dev.casebook.authoring;

import dev.casebook.content.ContentIndexer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /status}: the last indexing run, its counts and every current problem. */
@Controller
class StatusController {

	private final ContentIndexer indexer;

	StatusController(ContentIndexer indexer) {
		this.indexer = indexer;
	}

	@GetMapping("/status")
	String status(Model model) {
		model.addAttribute("report", this.indexer.lastReport().orElse(null));
		return "status/index";
	}

}
