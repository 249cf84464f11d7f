package dev.casebook.source;

import dev.casebook.cite.LinkedData;
import dev.casebook.core.Kind;
import dev.casebook.insights.Insights;
import dev.casebook.model.Source;
import dev.casebook.model.SourceRepository;
import dev.casebook.status.EntryFiles;
import dev.casebook.web.EntryNotFoundException;
import dev.casebook.web.EntryView;
import dev.casebook.web.ListPages;
import dev.casebook.web.TableDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SourceController {

	private final SourceRepository sources;

	private final Insights insights;

	private final EntryFiles files;

	private final LinkedData linkedData;

	SourceController(SourceRepository sources, Insights insights, EntryFiles files, LinkedData linkedData) {
		this.sources = sources;
		this.insights = insights;
		this.files = files;
		this.linkedData = linkedData;
	}

	@GetMapping("/sources")
	String list(@RequestParam(required = false) String page, Model model) {
		model.addAttribute("sources", ListPages.of(this.sources, page));
		return "sources/list";
	}

	/** Every source as {@code ?format=csv} or {@code ?format=json}. */
	@GetMapping(path = "/sources", params = "format")
	ResponseEntity<?> download(@RequestParam String format) {
		return TableDownload.of(format, "sources", ListPages.table(this.sources));
	}

	@GetMapping("/sources/{slug}")
	@Transactional(readOnly = true)
	String show(@PathVariable String slug, Model model) {
		Source source = this.sources.findBySlug(slug)
			.orElseThrow(() -> new EntryNotFoundException(Kind.SOURCE, slug));
		model.addAttribute("source", source);
		model.addAttribute("entry", EntryView.of(source, this.linkedData.linkedData(source)));
		model.addAttribute("insights", this.insights.of(source));
		model.addAttribute("entryPages", this.files.now());
		return "sources/detail";
	}

}
