package dev.casebook.matrix;

import java.util.Arrays;
import java.util.Locale;

import dev.casebook.matrix.AdoptionMatrix.Sort;
import dev.casebook.relation.RelationIndexer;
import dev.casebook.web.BadParameterException;
import dev.casebook.web.TableDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class MatrixController {

	private final RelationIndexer relations;

	MatrixController(RelationIndexer relations) {
		this.relations = relations;
	}

	/** {@code /practices/matrix?sort=adoption|title}. */
	@GetMapping("/practices/matrix")
	String matrix(@RequestParam(defaultValue = "adoption") String sort, Model model) {
		Sort order = sort(sort);
		model.addAttribute("matrix", AdoptionMatrix.of(this.relations.current(), order));
		model.addAttribute("sort", order.name().toLowerCase(Locale.ROOT));
		return "matrix/index";
	}

	/** The same matrix as {@code ?format=csv} or {@code ?format=json}. */
	@GetMapping(path = "/practices/matrix", params = "format")
	ResponseEntity<?> download(@RequestParam(defaultValue = "adoption") String sort, @RequestParam String format) {
		return TableDownload.of(format, "adoption-matrix", AdoptionMatrix.of(this.relations.current(), sort(sort)).table());
	}

	private static Sort sort(String sort) {
		return Arrays.stream(Sort.values())
			.filter((value) -> value.name().equalsIgnoreCase(sort.strip()))
			.findFirst()
			.orElseThrow(() -> new BadParameterException("sort", "'" + sort + "' is not adoption or title"));
	}

}
