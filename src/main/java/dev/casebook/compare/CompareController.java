package dev.casebook.compare;

import java.util.List;

import dev.casebook.web.TableDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CompareController {

	private final CompareService compare;

	CompareController(CompareService compare) {
		this.compare = compare;
	}

	/** {@code /compare?c=etsy&c=netflix&dora=2019}: every company when no {@code c} is given. */
	@GetMapping("/compare")
	String compare(@RequestParam(name = "c", required = false) List<String> companies,
			@RequestParam(name = "dora", required = false) String dora, Model model) {
		Comparison comparison = this.compare.compare(companies, dora);
		model.addAttribute("comparison", comparison);
		model.addAttribute("selected", comparison.columns().stream().map((column) -> column.company().slug()).toList());
		return "compare/index";
	}

	/** The same comparison as {@code &format=csv} or {@code &format=json}. */
	@GetMapping(path = "/compare", params = "format")
	ResponseEntity<?> download(@RequestParam(name = "c", required = false) List<String> companies,
			@RequestParam(name = "dora", required = false) String dora, @RequestParam String format) {
		return TableDownload.of(format, "compare", this.compare.compare(companies, dora).table());
	}

}
