package dev.casebook.status;

import dev.casebook.content.LiveContent;
import dev.casebook.core.ContentStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /status}: the last indexing run, its counts, every current problem, and whether the site
 * follows the files (a failed reload, a watcher that is down).
 */
@Controller
class StatusController {

	private final LiveContent content;

	StatusController(LiveContent content) {
		this.content = content;
	}

	@GetMapping("/status")
	String status(Model model) {
		ContentStatus status = this.content.status();
		model.addAttribute("status", status);
		model.addAttribute("report", status.report().orElse(null));
		return "status/index";
	}

}
