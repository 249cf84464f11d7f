package dev.casebook.compare;

import java.util.List;

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

}
