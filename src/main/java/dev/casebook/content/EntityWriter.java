package dev.casebook.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.casebook.content.FrontMatter.CompanyDetails;
import dev.casebook.content.FrontMatter.EventSpec;
import dev.casebook.content.FrontMatter.PracticeDetails;
import dev.casebook.content.FrontMatter.SourceDetails;
import dev.casebook.content.FrontMatter.ToolDetails;
import dev.casebook.core.Kind;
import dev.casebook.core.Published;
import dev.casebook.model.Company;
import dev.casebook.model.Description;
import dev.casebook.model.Entry;
import dev.casebook.model.Metric;
import dev.casebook.model.PipelineStage;
import dev.casebook.model.Practice;
import dev.casebook.model.Source;
import dev.casebook.model.Tag;
import dev.casebook.model.TimelineEvent;
import dev.casebook.model.Tool;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * Stores linked entries as entities: renders each body, sets tags and figures, and joins every
 * {@link Edge}. Runs inside the caller's transaction; {@link EntityUpdater} uses the same pieces
 * to apply a reload.
 */
@Component
class EntityWriter {

	private final EntityManager entityManager;

	private final Markdown markdown;

	EntityWriter(EntityManager entityManager, Markdown markdown) {
		this.entityManager = entityManager;
		this.markdown = markdown;
	}

	/**
	 * Removes every stored entry and tag, with their collections. The relation rows go first, in
	 * one statement: removed one by one with entries at both ends, Hibernate would first blank the
	 * end already gone.
	 */
	void clear() {
		this.entityManager.createQuery("delete from EntryRelation").executeUpdate();
		this.entityManager.clear();
		this.entityManager.createQuery("select e from Entry e", Entry.class)
			.getResultStream()
			.forEach(this.entityManager::remove);
		this.entityManager.createQuery("select t from Tag t", Tag.class)
			.getResultStream()
			.forEach(this.entityManager::remove);
		this.entityManager.flush();
	}

	Stored write(ContentLinker.Linked linked, FileDates dates) {
		Map<String, Markdown.Rendered> html = render(linked, linked.entries());
		Map<String, Entry> stored = new HashMap<>();
		Map<String, Tag> tags = new HashMap<>();
		for (ParsedEntry entry : linked.entries()) {
			Entry entity = create(entry, html.get(entry.slug()), dates);
			tag(entity, entry, tags);
			this.entityManager.persist(entity);
			stored.put(entry.slug(), entity);
		}
		for (ParsedEntry entry : linked.entries()) {
			figures(stored.get(entry.slug()), entry, stored::get);
		}
		linked.edges().forEach((edge) -> edge.add(stored.get(edge.from()), stored.get(edge.to())));
		return Stored.rendering(stored.keySet(), stored.keySet(), html);
	}

	/**
	 * What {@link #write} stored of {@code linked}, read back from a store that holds it already:
	 * the bodies as rendered then, not rendered again. Empty when the store does not hold a body for
	 * exactly the entries of {@code linked}.
	 */
	Optional<Stored> kept(ContentLinker.Linked linked) {
		Map<String, String> bodies = new HashMap<>();
		for (Object[] row : this.entityManager.createQuery("select e.slug, e.bodyHtml from Entry e", Object[].class)
			.getResultList()) {
			if (row[1] != null) {
				bodies.put((String) row[0], (String) row[1]);
			}
		}
		Set<String> slugs = linked.entries().stream().map(ParsedEntry::slug).collect(Collectors.toSet());
		return Optional.of(new Stored(slugs, slugs, bodies)).filter((stored) -> bodies.keySet().equals(slugs));
	}

	/** Renders the bodies of {@code entries}, in parallel, by slug. */
	Map<String, Markdown.Rendered> render(ContentLinker.Linked linked, Collection<ParsedEntry> entries) {
		return entries.parallelStream()
			.collect(Collectors.toMap(ParsedEntry::slug,
					(entry) -> this.markdown.render(entry.body(), linked.targets(), entry.file(), cited(linked, entry))));
	}

	/** The sources cited above the body that resolve to a source entry. */
	private static List<String> cited(ContentLinker.Linked linked, ParsedEntry entry) {
		return entry.citedAboveBody()
			.stream()
			.filter((slug) -> linked.targets().bySlug(slug).filter((target) -> target.kind() == Kind.SOURCE).isPresent())
			.toList();
	}

	Entry create(ParsedEntry entry, Markdown.Rendered body, FileDates dates) {
		Entry entity = switch (entry.kind()) {
			case COMPANY -> new Company(entry.slug());
			case TOOL -> new Tool(entry.slug());
			case PRACTICE -> new Practice(entry.slug());
			case SOURCE -> new Source(entry.slug());
		};
		describe(entity, entry, body, dates);
		return entity;
	}

	/** Sets everything the front matter and body say on an existing entity of the same kind. */
	void describe(Entry entity, ParsedEntry entry, Markdown.Rendered body, FileDates dates) {
		FrontMatter matter = entry.matter();
		Description description = new Description(matter.title(), matter.summary(), matter.date(), matter.aliases(),
				entry.file(), body.html());
		if (matter.details() instanceof CompanyDetails company) {
			((Company) entity).describe(description, company.industry(), company.founded());
		}
		else if (matter.details() instanceof ToolDetails tool) {
			((Tool) entity).describe(description, tool.category(), tool.website(), tool.openSource());
		}
		else if (matter.details() instanceof PracticeDetails practice) {
			((Practice) entity).describe(description, practice.category());
		}
		else if (matter.details() instanceof SourceDetails source) {
			((Source) entity).describe(description, source.publisher(), source.author(), source.published(),
					source.url(), source.type());
		}
		entity.setLastUpdated(dates.lastUpdated(entry.file()));
		body.writeTo(entity);
	}

	/** Replaces the entity's tags, finding or creating each tag through {@code known}. */
	void tag(Entry entity, ParsedEntry entry, Map<String, Tag> known) {
		entity.getTags().clear();
		for (String name : entry.matter().tags()) {
			entity.addTag(known.computeIfAbsent(name, this::findOrPersistTag));
		}
	}

	/** Replaces a company's figures, history and pipeline; items whose source is not stored are left out. */
	void figures(Entry entity, ParsedEntry entry, Function<String, Entry> stored) {
		if (!(entity instanceof Company company) || !(entry.matter().details() instanceof CompanyDetails details)) {
			return;
		}
		company.getMetrics().clear();
		company.getTimeline().clear();
		company.getPipeline().clear();
		Function<String, Published> published = (slug) -> source(new Ref(slug, 0), stored).map(Source::getPublished)
			.orElse(null);
		details.metrics()
			.forEach((m) -> source(m.source(), stored).ifPresent((source) -> company.getMetrics()
				.add(new Metric(m.name(), m.value(), m.unit(), m.asOf(), source)
					.annotated(m.locator(), m.note(), m.measure(), Disputes.isDisputed(details, m, published)))));
		history(details, (slug) -> source(new Ref(slug, 0), stored).isPresent())
			.forEach((e) -> company.getTimeline()
				.add(new TimelineEvent(e.date(), e.event(), (Source) stored.apply(e.source().slug()))
					.annotated(e.locator(), e.note(), e.disputedBy().stream().map(Ref::slug).toList())));
		details.pipeline()
			.forEach((p) -> source(p.source(), stored).ifPresent((source) -> company.getPipeline()
				.add(new PipelineStage(p.name(), p.kind(), slugs(p.tools()), slugs(p.practices()),
						List.of(p.ships(), p.trigger(), p.gate(), p.exposure(), p.configuration()), source, p.locator(),
						p.note()))));
	}

	private static List<String> slugs(List<Ref> refs) {
		return refs.stream().map(Ref::slug).toList();
	}

	/** A company's history as stored and shown: oldest first, without the events whose source is unknown. */
	static List<EventSpec> history(CompanyDetails details, Predicate<String> isSource) {
		return details.timeline()
			.stream()
			.filter((event) -> isSource.test(event.source().slug()))
			.sorted(Comparator.comparing((EventSpec event) -> event.date().earliest()))
			.toList();
	}

	private static Optional<Source> source(Ref ref, Function<String, Entry> stored) {
		return Optional.ofNullable(stored.apply(ref.slug())).filter(Source.class::isInstance).map(Source.class::cast);
	}

	private Tag findOrPersistTag(String name) {
		Tag tag = this.entityManager.find(Tag.class, name);
		if (tag == null) {
			tag = new Tag(name);
			this.entityManager.persist(tag);
		}
		return tag;
	}

}
