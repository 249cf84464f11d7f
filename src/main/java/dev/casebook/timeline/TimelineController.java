package dev.casebook.timeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.casebook.core.Kind;
import dev.casebook.core.Suggestions;
import dev.casebook.relation.DatedEvent;
import dev.casebook.relation.Node;
import dev.casebook.relation.RelationIndex;
import dev.casebook.relation.RelationIndexer;
import dev.casebook.web.BadParameterException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every dated event across companies, by year; {@code company}, {@code tool} and {@code practice}
 * narrow it to the events of a company or naming a tool or practice (see {@link DatedEvent}).
 */
@Controller
class TimelineController {

	private final RelationIndexer relations;

	TimelineController(RelationIndexer relations) {
		this.relations = relations;
	}

	@GetMapping("/timeline")
	String timeline(@RequestParam(required = false) String company, @RequestParam(required = false) String tool,
			@RequestParam(required = false) String practice, Model model) {
		RelationIndex index = this.relations.current();
		List<DatedEvent> events = index.events();
		Map<String, String> filters = filters(company, tool, practice);
		for (Map.Entry<String, String> filter : filters.entrySet()) {
			String slug = filter.getValue();
			Kind kind = Kind.ofKey(filter.getKey()).orElseThrow();
			if (index.node(slug).filter((node) -> node.kind() == kind).isEmpty()) {
				throw new BadParameterException(filter.getKey(), "no " + kind.key() + " '" + slug + "'"
						+ Suggestions.didYouMean(slug, index.nodes(kind).stream().map(Node::slug).toList()));
			}
			events = events.stream().filter((event) -> event.concerns(slug)).toList();
		}
		model.addAttribute("years", events.stream()
			.collect(Collectors.groupingBy(DatedEvent::year, LinkedHashMap::new, Collectors.toList())));
		model.addAttribute("count", events.size());
		model.addAttribute("companies", index.nodes(Kind.COMPANY));
		model.addAttribute("tools", index.nodes(Kind.TOOL));
		model.addAttribute("practices", index.nodes(Kind.PRACTICE));
		model.addAttribute("chosen", filters.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (filter) -> List.of(filter.getValue()))));
		return "timeline/index";
	}

	private static Map<String, String> filters(String company, String tool, String practice) {
		Map<String, String> filters = new LinkedHashMap<>();
		String[][] given = { { "company", company }, { "tool", tool }, { "practice", practice } };
		for (String[] filter : given) {
			if (filter[1] != null && !filter[1].isBlank()) {
				filters.put(filter[0], filter[1].strip());
			}
		}
		return filters;
	}

}
