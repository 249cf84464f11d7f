package dev.casebook.web;

import dev.casebook.model.CompanyRepository;
import dev.casebook.model.PracticeRepository;
import dev.casebook.model.TagRepository;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private static final int TOP_PRACTICES = 10;

	/** Companies shown on the home page; the rest are a link away. */
	private static final int HOME_COMPANIES = 24;

	private final CompanyRepository companies;

	private final PracticeRepository practices;

	private final TagRepository tags;

	HomeController(CompanyRepository companies, PracticeRepository practices, TagRepository tags) {
		this.companies = companies;
		this.practices = practices;
		this.tags = tags;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("companies", this.companies.findCards(PageRequest.of(0, HOME_COMPANIES)));
		model.addAttribute("adoptions", this.practices.findMostAdopted(Limit.of(TOP_PRACTICES)));
		model.addAttribute("tags", this.tags.countEntries());
		return "home/index";
	}

}
