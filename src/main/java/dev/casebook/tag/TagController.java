package dev.casebook.tag;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.casebook.core.Kind;
import dev.casebook.model.Entry;
import dev.casebook.model.TagRepository;
import dev.casebook.web.EntryNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class TagController {

	private final TagRepository tags;

	TagController(TagRepository tags) {
		this.tags = tags;
	}

	@GetMapping("/tags")
	String list(Model model) {
		model.addAttribute("tags", this.tags.countEntries());
		return "tags/list";
	}

	@GetMapping("/tags/{name}")
	String show(@PathVariable String name, Model model) {
		List<Entry> entries = this.tags.findEntriesTagged(name);
		if (entries.isEmpty()) {
			throw new EntryNotFoundException("tag '" + name + "'");
		}
		Map<Kind, List<Entry>> byKind = entries.stream()
			.collect(Collectors.groupingBy(Entry::getKind, () -> new EnumMap<>(Kind.class), Collectors.toList()));
		model.addAttribute("tag", name);
		model.addAttribute("total", entries.size());
		model.addAttribute("byKind", byKind);
		return "tags/detail";
	}

}
