package dev.casebook.pipeline;

import dev.casebook.model.CompanyRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /pipelines}: every company's delivery pipeline, aligned by kind of stage. */
@Controller
class PipelineController {

	private final CompanyRepository companies;

	PipelineController(CompanyRepository companies) {
		this.companies = companies;
	}

	@GetMapping("/pipelines")
	@Transactional(readOnly = true)
	String pipelines(Model model) {
		model.addAttribute("comparison", PipelineComparison.of(this.companies.findWithPipeline()));
		return "pipelines/index";
	}

}
