package dev.casebook.company;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.casebook.core.Dispute;
import dev.casebook.model.Company;
import dev.casebook.model.Entry;
import dev.casebook.model.Metric;
import dev.casebook.model.PipelineStage;
import dev.casebook.model.Source;
import dev.casebook.model.TimelineEvent;
import dev.casebook.model.Tool;

/**
 * What a company page shows beyond the entry itself: its figures grouped where sources differ, its
 * history with disputed events beside the accounts that dispute them, its pipeline with the
 * entries each stage names, and the editors' notes as numbered footnotes.
 */
public record CompanyPage(Company company, List<StackGroup> stack, List<FigureGroup> figures, List<HistoryItem> history,
		List<StageView> pipeline, List<Footnote> notes, List<Source> references) {

	/** The number of {@code source} in the page's references, as its figures and events point to it. */
	public int ref(Source source) {
		return this.references.indexOf(source) + 1;
	}

	/** The tools of one category, as a stack is shown: "Deployment: Deployinator, Jenkins". */
	public record StackGroup(String category, List<Tool> tools) {
	}

	/** Figures of one measure and year; {@code disputed} when their sources differ. */
	public record FigureGroup(String name, boolean disputed, List<Noted<Metric>> figures) {
	}

	/**
	 * An event, or a disputed event with the other sources' accounts of the same year beside it.
	 *
	 * @param disputedBy sources said to dispute it that give no event of their own here
	 */
	public record HistoryItem(int year, boolean disputed, List<Noted<TimelineEvent>> accounts, List<Source> disputedBy) {
	}

	/** A pipeline stage with the tools and practices it names. */
	public record StageView(Noted<PipelineStage> stage, List<Entry> tools, List<Entry> practices) {
	}

	/** An item and the number of its footnote, 0 when it has none. */
	public record Noted<T>(T item, int note) {
	}

	/** An editor's note, numbered in the order the page shows them. */
	public record Footnote(int number, String text) {

		public String anchor() {
			return "note-" + this.number;
		}

	}

	public static CompanyPage of(Company company) {
		List<Footnote> notes = new ArrayList<>();
		Map<String, List<Noted<Metric>>> byMeasure = new LinkedHashMap<>();
		for (Metric metric : company.getKeyFigures()) {
			byMeasure.computeIfAbsent(Dispute.measureOf(metric.getName(), metric.getMeasure(), metric.getDate().year()),
					(key) -> new ArrayList<>()).add(noted(metric, metric.getNote(), notes));
		}
		List<FigureGroup> figures = byMeasure.values().stream()
			.map((group) -> new FigureGroup(group.get(0).item().getName(), group.get(0).item().isDisputed(), group))
			.toList();
		return new CompanyPage(company, stack(company), figures, history(company, notes), pipeline(company, notes),
				List.copyOf(notes), references(company));
	}

	/** The sources as the page numbers them: figures, pipeline and body first, then history, then the rest. */
	private static List<Source> references(Company company) {
		Set<Source> ordered = new LinkedHashSet<>(company.getCitedSources());
		company.getTimeline().forEach((event) -> ordered.add(event.getSource()));
		ordered.addAll(company.getNumberedSources());
		ordered.remove(null);
		return List.copyOf(ordered);
	}

	/** Its tools by category, categories and tools sorted as lists sort them; uncategorised last. */
	private static List<StackGroup> stack(Company company) {
		Map<String, List<Tool>> byCategory = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		company.getTools().forEach((tool) -> byCategory.computeIfAbsent(tool.getCategory().isBlank() ? "" : tool.getCategory(),
				(key) -> new ArrayList<>()).add(tool));
		List<StackGroup> groups = new ArrayList<>();
		byCategory.forEach((category, tools) -> {
			if (!category.isEmpty()) {
				groups.add(new StackGroup(category, List.copyOf(tools)));
			}
		});
		if (byCategory.containsKey("")) {
			groups.add(new StackGroup("Other", List.copyOf(byCategory.get(""))));
		}
		return List.copyOf(groups);
	}

	private static List<HistoryItem> history(Company company, List<Footnote> notes) {
		List<TimelineEvent> events = company.getTimeline();
		Set<TimelineEvent> shown = new HashSet<>();
		List<HistoryItem> items = new ArrayList<>();
		for (TimelineEvent event : events) {
			if (shown.contains(event)) {
				continue;
			}
			List<TimelineEvent> accounts = new ArrayList<>(List.of(event));
			accounts.addAll(events.stream()
				.filter((other) -> other != event && other.getYear() == event.getYear() && !shown.contains(other)
						&& event.getDisputedBy().contains(other.getSource().getSlug()))
				.toList());
			shown.addAll(accounts);
			Set<String> told = accounts.stream().map((account) -> account.getSource().getSlug()).collect(Collectors.toSet());
			List<Source> silent = company.getSources().stream()
				.filter((source) -> event.getDisputedBy().contains(source.getSlug()) && !told.contains(source.getSlug()))
				.toList();
			items.add(new HistoryItem(event.getYear(), event.isDisputed(),
					accounts.stream().map((account) -> noted(account, account.getNote(), notes)).toList(), silent));
		}
		return items;
	}

	private static List<StageView> pipeline(Company company, List<Footnote> notes) {
		return company.getPipeline().stream()
			.map((stage) -> new StageView(noted(stage, stage.getNote(), notes), named(company.getTools(), stage.getToolSlugs()),
					named(company.getPractices(), stage.getPracticeSlugs())))
			.toList();
	}

	private static List<Entry> named(List<? extends Entry> entries, List<String> slugs) {
		return slugs.stream()
			.flatMap((slug) -> entries.stream().filter((entry) -> entry.getSlug().equals(slug)).findFirst().stream())
			.map(Entry.class::cast)
			.toList();
	}

	private static <T> Noted<T> noted(T item, String note, List<Footnote> notes) {
		if (note.isEmpty()) {
			return new Noted<>(item, 0);
		}
		notes.add(new Footnote(notes.size() + 1, note));
		return new Noted<>(item, notes.size());
	}

}
