package dev.casebook.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The main navigation of every page, with the section the page belongs to marked: the item whose
 * address is the longest one the request path starts with, so {@code /tools/chef} marks Tools and
 * {@code /practices/matrix} marks Matrix rather than Practices. Pages reach it as {@code #navigation}.
 */
public final class Navigation {

	private static final List<String[]> ITEMS = List.of(new String[] { "/companies", "Companies" },
			new String[] { "/tools", "Tools" }, new String[] { "/practices", "Practices" },
			new String[] { "/sources", "Sources" }, new String[] { "/tags", "Tags" },
			new String[] { "/compare", "Compare" }, new String[] { "/practices/matrix", "Matrix" },
			new String[] { "/pipelines", "Pipelines" }, new String[] { "/timeline", "Timeline" },
			new String[] { "/graph", "Graph" }, new String[] { "/explore", "Explore" });

	/** One link of the navigation; {@code current} is true for the section of the page. */
	public record Item(String href, String label, boolean current) {

	}

	private final String path;

	Navigation(String path) {
		this.path = (path != null) ? path : "";
	}

	public List<Item> items() {
		Optional<String> section = ITEMS.stream()
			.map((item) -> item[0])
			.filter((href) -> this.path.equals(href) || this.path.startsWith(href + "/"))
			.max(Comparator.comparingInt(String::length));
		return ITEMS.stream()
			.map((item) -> new Item(item[0], item[1], section.filter(item[0]::equals).isPresent()))
			.toList();
	}

}
