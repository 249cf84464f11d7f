package dev.casebook.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import dev.casebook.core.Kind;
import dev.casebook.core.Suggestions;
import dev.casebook.model.Entry;
import dev.casebook.relation.Node;
import dev.casebook.relation.Relation;
import dev.casebook.relation.RelationIndex;
import dev.casebook.relation.RelationIndexer;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the {@link CategoryList} of the tools or practices: the entries matching the filters
 * ({@code ?category=…&tag=…&company=…}, each optional), by category (entries without one last,
 * under "Other"), then by title; a chip per value of each filter, counting the entries it would
 * show with the other filters kept. A value no entry has is a bad parameter.
 */
@Service
public class CategoryLists {

	static final String OTHER = "Other";

	/** Names of categories, tags and companies ordered as every list orders titles: case and accents set aside. */
	private static final Comparator<String> BY_NAME = Comparator.comparing(Entry::sortKey);

	private final RelationIndexer relations;

	public CategoryLists(RelationIndexer relations) {
		this.relations = relations;
	}

	/** The filters of a list; {@code null} or blank leaves one out. */
	public record Filter(String category, String tag, String company) {

		public Filter {
			category = clean(category);
			tag = clean(tag);
			company = clean(company);
		}

		private static String clean(String value) {
			return (value == null || value.isBlank()) ? null : value.strip();
		}

	}

	/** The list of {@code kind}, whose companies are those standing in {@code byCompany} to an entry. */
	public CategoryList list(Kind kind, Relation byCompany, Filter filter, String page) {
		RelationIndex index = this.relations.current();
		List<Node> all = index.nodes(kind);
		Map<String, Set<String>> companiesBySlug = new HashMap<>();
		all.forEach((node) -> companiesBySlug.put(node.slug(), index.related(node.slug(), byCompany)));
		Function<Node, Set<String>> companiesOf = (node) -> companiesBySlug.get(node.slug());
		Map<String, String> categories = names(all.stream().map(CategoryLists::category).toList());
		Map<String, String> tags = names(all.stream().flatMap((node) -> node.tags().stream()).toList());
		Map<String, String> companies = new TreeMap<>(BY_NAME);
		all.forEach((node) -> index.nodes(companiesOf.apply(node)).forEach((c) -> companies.put(c.title(), c.slug())));
		check("category", filter.category(), categories.keySet());
		check("tag", filter.tag(), tags.keySet());
		check("company", filter.company(), companies.values());
		List<Node> matching = all.stream()
			.filter((node) -> matches(node, filter, companiesOf))
			.sorted(Comparator.comparing((Node node) -> OTHER.equals(category(node)))
				.thenComparing(CategoryLists::category, BY_NAME))
			.toList();
		String path = "/" + kind.folder();
		List<CategoryList.ChipGroup> chips = List.of(
				chips("category", "Category", path, filter, all, companiesOf, categories,
						(value) -> new Filter(value, filter.tag(), filter.company()), filter.category()),
				chips("tag", "Tag", path, filter, all, companiesOf, tags,
						(value) -> new Filter(filter.category(), value, filter.company()), filter.tag()),
				chips("company", byCompany.label(), path, filter, all,
						companiesOf, companies, (value) -> new Filter(filter.category(), filter.tag(), value),
						filter.company()));
		Page<Node> shown = ListPages.of(matching, page);
		Map<String, List<Node>> groups = new LinkedHashMap<>();
		shown.forEach((node) -> groups.computeIfAbsent(category(node), (key) -> new ArrayList<>()).add(node));
		return new CategoryList(path, chips,
				groups.entrySet().stream().map((e) -> new CategoryList.Group(e.getKey(), e.getValue())).toList(), shown,
				matching.size(), all.size(), matching, links(path, filter));
	}

	private static CategoryList.ChipGroup chips(String parameter, String label, String path, Filter filter,
			List<Node> all, Function<Node, Set<String>> companiesOf, Map<String, String> values,
			Function<String, Filter> with, String active) {
		List<CategoryList.Chip> chips = new ArrayList<>();
		values.forEach((name, value) -> {
			boolean on = value.equalsIgnoreCase(String.valueOf(active));
			Filter counted = with.apply(value);
			int count = (int) all.stream().filter((node) -> matches(node, counted, companiesOf)).count();
			if (count > 0 || on) {
				chips.add(new CategoryList.Chip(name, count, on, href(path, on ? with.apply(null) : counted, null)));
			}
		});
		return new CategoryList.ChipGroup(parameter, label, chips);
	}

	private static boolean matches(Node node, Filter filter, Function<Node, Set<String>> companiesOf) {
		return (filter.category() == null || filter.category().equalsIgnoreCase(category(node)))
				&& (filter.tag() == null || node.tags().stream().anyMatch(filter.tag()::equalsIgnoreCase))
				&& (filter.company() == null || companiesOf.apply(node).contains(filter.company()));
	}

	private static String category(Node node) {
		return (node.category() == null || node.category().isBlank()) ? OTHER : node.category();
	}

	/** Each distinct name keyed by itself, in name order. */
	private static Map<String, String> names(Collection<String> names) {
		Map<String, String> sorted = new TreeMap<>(BY_NAME);
		names.forEach((name) -> sorted.put(name, name));
		return sorted;
	}

	private static void check(String parameter, String value, Collection<String> known) {
		if (value != null && !known.contains(value)) {
			throw new BadParameterException(parameter,
					"no " + parameter + " '" + value + "'" + Suggestions.didYouMean(value, known));
		}
	}

	private static CategoryList.Links links(String path, Filter filter) {
		return new CategoryList.Links(href(path, filter, "csv"), href(path, filter, "json"), href(path, filter, null));
	}

	static String href(String path, Filter filter, String format) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		Map<String, String> params = new LinkedHashMap<>();
		params.put("category", filter.category());
		params.put("tag", filter.tag());
		params.put("company", filter.company());
		params.put("format", format);
		params.entrySet().stream().filter((e) -> Objects.nonNull(e.getValue()))
			.forEach((e) -> uri.queryParam(e.getKey(), e.getValue()));
		return uri.encode().build().toUriString();
	}

}
