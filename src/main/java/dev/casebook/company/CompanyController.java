package dev.casebook.company;

import dev.casebook.cite.LinkedData;
import dev.casebook.core.Kind;
import dev.casebook.dora.DoraTables;
import dev.casebook.insights.Insights;
import dev.casebook.model.Company;
import dev.casebook.model.CompanyRepository;
import dev.casebook.status.EntryFiles;
import dev.casebook.web.EntryNotFoundException;
import dev.casebook.web.EntryView;
import dev.casebook.web.ListPages;
import dev.casebook.web.TableDownload;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CompanyController {

	private final CompanyRepository companies;

	private final Insights insights;

	private final EntryFiles files;

	private final LinkedData linkedData;

	private final DoraTables dora;

	CompanyController(CompanyRepository companies, Insights insights, EntryFiles files, DoraTables dora, LinkedData linkedData) {
		this.companies = companies;
		this.insights = insights;
		this.files = files;
		this.linkedData = linkedData;
		this.dora = dora;
	}

	@GetMapping("/companies")
	String list(@RequestParam(required = false) String page, Model model) {
		model.addAttribute("companies", ListPages.of(this.companies, page));
		return "companies/list";
	}

	/** Every company as {@code ?format=csv} or {@code ?format=json}. */
	@GetMapping(path = "/companies", params = "format")
	ResponseEntity<?> download(@RequestParam String format) {
		return TableDownload.of(format, "companies", ListPages.table(this.companies));
	}

	@GetMapping("/companies/{slug}")
	@Transactional(readOnly = true)
	String show(@PathVariable String slug, Model model) {
		Company company = this.companies.findBySlug(slug)
			.orElseThrow(() -> new EntryNotFoundException(Kind.COMPANY, slug));
		model.addAttribute("company", company);
		model.addAttribute("entry", EntryView.of(company, this.linkedData.linkedData(company)));
		model.addAttribute("page", CompanyPage.of(company));
		model.addAttribute("doraTier", DoraTier.of(company, this.dora.latest()));
		model.addAttribute("insights", this.insights.of(company));
		model.addAttribute("entryPages", this.files.now());
		return "companies/detail";
	}

	/** The picture a shared link to the company's page shows (its Open Graph image). */
	@GetMapping(path = "/companies/{slug}/card.png", produces = MediaType.IMAGE_PNG_VALUE)
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> card(@PathVariable String slug) {
		Company company = this.companies.findBySlug(slug)
			.orElseThrow(() -> new EntryNotFoundException(Kind.COMPANY, slug));
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(CompanyCard.png(company));
	}

}
