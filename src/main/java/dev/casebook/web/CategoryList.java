package dev.casebook.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.casebook.relation.Node;
import dev.casebook.web.TableDownload.Table;
import org.springframework.data.domain.Page;

/**
 * What a list page grouped by category shows ({@code /tools}, {@code /practices}): filter chips, the
 * entries of this page under a heading per category, and how many of them the filters leave.
 */
public record CategoryList(String path, List<ChipGroup> filters, List<Group> groups, Page<Node> page, int shown,
		int total, List<Node> matching, Links links) {

	/** A filter chip: a link that sets ({@code active} false) or clears ({@code active} true) one value. */
	public record Chip(String label, int count, boolean active, String href) {

	}

	/** The chips of one parameter ({@code category}, {@code tag} or {@code company}), in name order. */
	public record ChipGroup(String parameter, String label, List<Chip> chips) {

		/** How many chips show before the rest fold away. */
		static final int LEADING = 12;

		/** The chips shown at once: the active ones and the largest, in name order. */
		public List<Chip> leading() {
			Set<Chip> top = this.chips.stream()
				.sorted(Comparator.comparing(Chip::active).thenComparingInt(Chip::count).reversed())
				.limit(LEADING)
				.collect(Collectors.toSet());
			return this.chips.stream().filter(top::contains).toList();
		}

		/** The others, folded away behind "more". */
		public List<Chip> others() {
			List<Chip> leading = leading();
			return this.chips.stream().filter((chip) -> !leading.contains(chip)).toList();
		}

	}

	/** Entries of one category; {@code category} is "Other" for entries without one. */
	public record Group(String category, List<Node> entries) {

	}

	/** The addresses of this list with its filters: its pages and its downloads. */
	public record Links(String csv, String json, String pagePath) {

	}

	/** Every matching entry, not only this page's: title, category, tags, summary and address. */
	public Table table() {
		return new Table(List.of("title", "category", "tags", "summary", "url"),
				this.matching.stream()
					.map((node) -> List.of(node.title(), (node.category() != null) ? node.category() : "",
							String.join("; ", node.tags()), node.summary(), node.path()))
					.toList());
	}

}
