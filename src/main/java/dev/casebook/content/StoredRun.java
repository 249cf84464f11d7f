package dev.casebook.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.casebook.content.FrontMatter.CompanyDetails;
import dev.casebook.content.FrontMatter.PracticeDetails;
import dev.casebook.content.FrontMatter.ToolDetails;
import dev.casebook.core.IndexReport;
import dev.casebook.core.Kind;

/**
 * What one index run stored, as values, published once its transaction has committed and before
 * the run is announced: whatever readers see of the run besides the store is built from it, never
 * read back from the store.
 *
 * @param report the run's report; its revision names the run
 * @param changed after a reload, the slugs of the entries whose row, body or relations it may have
 * changed (removed ones included); empty after a full index, which changed everything
 * @param slugs every entry the content now holds
 * @param written the entries the run wrote from their files (every entry after a full index)
 * @param relations every relation and body link of the content, whichever run stored it
 * @param bodies the bodies the run rendered, as HTML, by slug
 * @param histories the histories of the companies whose figures the run wrote, by slug
 */
public record StoredRun(IndexReport report, Optional<Set<String>> changed, Set<String> slugs, List<Entry> written,
		Set<Edge> relations, Map<String, String> bodies, Map<String, List<Event>> histories) {

	public StoredRun {
		changed = changed.map(Set::copyOf);
		// Wrapped, not copied: at 100,000 relations a copy costs more than the rest of a one-file
		// reload, and the linker never changes a run's sets once the run is built.
		slugs = Collections.unmodifiableSet(slugs);
		written = List.copyOf(written);
		relations = Collections.unmodifiableSet(relations);
		bodies = Map.copyOf(bodies);
		histories = Map.copyOf(histories);
	}

	/** An entry as its file describes it; {@code category} is a company's industry. */
	public record Entry(Kind kind, String slug, String title, String summary, String category, SortedSet<String> tags,
			List<String> aliases, Optional<LocalDate> reviewed, Optional<Instant> lastUpdated) {
	}

	/** One event of a company's history, as its page lists them. */
	public record Event(int year, String text, String source) {
	}

	/** The run that stored {@code stored} of {@code linked}. */
	static StoredRun of(IndexReport report, Optional<Set<String>> changed, ContentLinker.Linked linked,
			Stored stored, Function<String, Instant> lastUpdated) {
		Map<String, ParsedEntry> bySlug = linked.entries()
			.stream()
			.collect(Collectors.toMap(ParsedEntry::slug, Function.identity()));
		Predicate<String> isSource = (slug) -> bySlug.containsKey(slug) && bySlug.get(slug).kind() == Kind.SOURCE;
		List<Entry> written = stored.written()
			.stream()
			.map(bySlug::get)
			.map((entry) -> entry(entry, Optional.ofNullable(lastUpdated.apply(entry.file()))))
			.toList();
		Map<String, List<Event>> histories = stored.bodies()
			.keySet()
			.stream()
			.map(bySlug::get)
			.filter((entry) -> entry.matter().details() instanceof CompanyDetails)
			.collect(Collectors.toMap(ParsedEntry::slug, (entry) -> EntityWriter
				.history((CompanyDetails) entry.matter().details(), isSource)
				.stream()
				.map((event) -> new Event(event.date().year(), event.event(), event.source().slug()))
				.toList()));
		return new StoredRun(report, changed, bySlug.keySet(), written, linked.edges(), stored.bodies(), histories);
	}

	private static Entry entry(ParsedEntry entry, Optional<Instant> lastUpdated) {
		FrontMatter matter = entry.matter();
		String category = null;
		if (matter.details() instanceof CompanyDetails company) {
			category = company.industry();
		}
		else if (matter.details() instanceof ToolDetails tool) {
			category = tool.category();
		}
		else if (matter.details() instanceof PracticeDetails practice) {
			category = practice.category();
		}
		return new Entry(entry.kind(), entry.slug(), matter.title(), matter.summary(), category,
				Collections.unmodifiableSortedSet(new TreeSet<>(matter.tags())), List.copyOf(matter.aliases()),
				matter.date(), lastUpdated);
	}

}
