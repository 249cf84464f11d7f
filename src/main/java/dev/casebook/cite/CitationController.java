package dev.casebook.cite;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import dev.casebook.CasebookProperties;
import dev.casebook.core.Kind;
import dev.casebook.model.Entry;
import dev.casebook.model.EntryRepository;
import dev.casebook.web.EntryNotFoundException;
import dev.casebook.web.SiteAddress;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** "Cite this page": every entry as BibTeX and as CSL-JSON, to paste into a reference manager. */
@Controller
class CitationController {

	/** Any kind's folder; one that names no kind is a 404. */
	private static final String ENTRY = "/{folder}/{slug}";

	private static final MediaType BIBTEX = MediaType.parseMediaType("application/x-bibtex;charset=UTF-8");

	private static final MediaType CSL_JSON = MediaType.parseMediaType("application/vnd.citationstyles.csl+json");

	private final List<EntryRepository<? extends Entry>> repositories;

	private final SiteAddress site;

	CitationController(List<EntryRepository<? extends Entry>> repositories, CasebookProperties properties) {
		this.repositories = repositories;
		this.site = new SiteAddress(properties);
	}

	@GetMapping(ENTRY + "/cite.bib")
	ResponseEntity<String> bibtex(@PathVariable String folder, @PathVariable String slug) {
		Reference reference = reference(folder, slug);
		return ResponseEntity.ok()
			.contentType(BIBTEX)
			.header(HttpHeaders.CONTENT_DISPOSITION, inline(reference.key() + ".bib"))
			.body(BibTex.of(reference));
	}

	@GetMapping(ENTRY + "/cite.json")
	ResponseEntity<List<Object>> cslJson(@PathVariable String folder, @PathVariable String slug) {
		Reference reference = reference(folder, slug);
		return ResponseEntity.ok()
			.contentType(CSL_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, inline(reference.key() + ".json"))
			.body(List.of(CslJson.of(reference)));
	}

	private Reference reference(String folder, String slug) {
		Kind kind = Kind.ofFolder(folder).orElseThrow(() -> new EntryNotFoundException("page /" + folder + "/" + slug));
		Entry entry = this.repositories.stream()
			.flatMap((repository) -> repository.findBySlug(slug).stream())
			.filter((found) -> found.getKind() == kind)
			.findFirst()
			.orElseThrow(() -> new EntryNotFoundException(kind, slug));
		return Reference.of(entry, this.site, LocalDate.now(ZoneOffset.UTC));
	}

	private static String inline(String filename) {
		return ContentDisposition.inline().filename(filename).build().toString();
	}

}
