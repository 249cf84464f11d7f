package dev.casebook.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.casebook.core.Kind;
import dev.casebook.core.PartialDate;
import dev.casebook.core.Published;
import dev.casebook.core.RelationType;
import dev.casebook.core.StageKind;

/**
 * The typed front matter of one entry: the keys every kind has, plus the kind's own
 * {@link Details}.
 *
 * @param relations the relations it declares, in the order of the relation schema ({@link RelationType})
 * @param draft whether the entry is a draft ({@code draft: true}, or dev.to's {@code published:
 * false}): checked like any entry, never served
 */
public record FrontMatter(String slug, String title, String summary, List<String> tags, List<String> aliases,
		Optional<LocalDate> date, List<Declared> relations, Details details, boolean draft) {

	/** What is known of a file whose front matter cannot be read: its slug; no title. */
	static FrontMatter bare(Kind kind, String slug) {
		return titled(kind, slug, "", "");
	}

	/** Front matter with a title and summary only. */
	static FrontMatter titled(Kind kind, String slug, String title, String summary) {
		return new FrontMatter(slug, title, summary, List.of(), List.of(), Optional.empty(), List.of(), Details.none(kind),
				false);
	}

	/** The slugs it names by {@code type} (from the {@code to} end when {@code inverse}). */
	public List<Ref> declared(RelationType type, boolean inverse) {
		return this.relations.stream()
			.filter((relation) -> relation.type() == type && relation.inverse() == inverse)
			.map(Declared::ref)
			.toList();
	}

	/**
	 * A relation declared in front matter: under {@code key}, {@code ref} names the other end; from the
	 * relation's {@code to} end when {@code inverse} (a tool's {@code companies} name companies that use it).
	 */
	public record Declared(RelationType type, boolean inverse, String key, Ref ref) {

		/** The kind the named entry must be. */
		public Kind kind() {
			return this.inverse ? this.type.fromKind() : this.type.to();
		}

		/** The relation it stores between the declaring entry and the one named. */
		Edge edge(String declaredBy, String target) {
			return this.inverse ? Edge.of(this.type, target, declaredBy) : Edge.of(this.type, declaredBy, target);
		}

	}

	/** Keys a kind has beyond the common ones. */
	public sealed interface Details {

		/** The details of an entry that declares none. */
		static Details none(Kind kind) {
			return switch (kind) {
				case COMPANY -> new CompanyDetails("", Optional.empty(), List.of(), List.of(), List.of());
				case TOOL -> new ToolDetails("", "", Optional.empty());
				case PRACTICE -> new PracticeDetails("");
				case SOURCE -> new SourceDetails("", "", Published.UNDATED, "", "");
			};
		}

	}

	/**
	 * A figure as its source gives it.
	 *
	 * @param asOf when the figure held, only when the source says so
	 * @param locator where in the source it stands (a section, a page, a timestamp), or empty
	 * @param note an editor's caveat, shown as a footnote, or empty
	 * @param measure what it measures, when figures with other names measure the same (their values
	 * are compared), or empty
	 */
	public record MetricSpec(String name, String value, String unit, Optional<PartialDate> asOf, Ref source,
			String locator, String note, String measure) {
	}

	/**
	 * A dated event as its source tells it.
	 *
	 * @param disputedBy sources that give another account of it
	 */
	public record EventSpec(PartialDate date, String event, Ref source, String locator, String note,
			List<Ref> disputedBy) {
	}

	/**
	 * One stage of a company's delivery pipeline, as a source describes it.
	 *
	 * @param ships what leaves the stage (a binary, a machine image), or empty
	 * @param trigger who or what starts it, or empty
	 * @param gate what must hold before the change goes on, or empty
	 * @param exposure how many see the change and how that is limited, or empty
	 * @param configuration how servers get their configuration, or empty
	 */
	public record StageSpec(String name, StageKind kind, List<Ref> tools, List<Ref> practices, String ships,
			String trigger, String gate, String exposure, String configuration, Ref source, String locator,
			String note) {
	}

	public record CompanyDetails(String industry, Optional<Integer> founded, List<MetricSpec> metrics,
			List<EventSpec> timeline, List<StageSpec> pipeline) implements Details {
	}

	public record ToolDetails(String category, String website, Optional<Boolean> openSource) implements Details {
	}

	public record PracticeDetails(String category) implements Details {
	}

	public record SourceDetails(String publisher, String author, Published published, String url, String type)
			implements Details {
	}

}
