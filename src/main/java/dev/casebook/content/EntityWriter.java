package dev.casebook.content;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.casebook.company.Company;
import dev.casebook.company.Metric;
import dev.casebook.company.TimelineEvent;
import dev.casebook.content.FrontMatter.CompanyDetails;
import dev.casebook.content.FrontMatter.PracticeDetails;
import dev.casebook.content.FrontMatter.SourceDetails;
import dev.casebook.content.FrontMatter.ToolDetails;
import dev.casebook.content.LinkTargets.Target;
import dev.casebook.practice.Practice;
import dev.casebook.source.Source;
import dev.casebook.tag.Tag;
import dev.casebook.tool.Tool;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * Stores linked entries as entities, rendering each body and joining every relation from
 * whichever side declared it. Runs inside the caller's transaction.
 */
@Component
class EntityWriter {

	private final EntityManager entityManager;

	private final Markdown markdown;

	EntityWriter(EntityManager entityManager, Markdown markdown) {
		this.entityManager = entityManager;
		this.markdown = markdown;
	}

	/** Removes every stored entry and tag, with their collections and join rows. */
	void clear() {
		this.entityManager.createQuery("select e from Entry e", Entry.class)
			.getResultStream()
			.forEach(this.entityManager::remove);
		this.entityManager.createQuery("select t from Tag t", Tag.class)
			.getResultStream()
			.forEach(this.entityManager::remove);
		this.entityManager.flush();
	}

	/** @return how many relations and body links were stored */
	int write(ContentLinker.Linked linked) {
		Map<String, String> html = linked.entries()
			.parallelStream()
			.collect(Collectors.toMap(ParsedEntry::slug,
					(entry) -> this.markdown.render(entry.body(), linked.targets(), entry.file())));
		Map<String, Entry> stored = new HashMap<>();
		Map<String, Tag> tags = new HashMap<>();
		for (ParsedEntry entry : linked.entries()) {
			Entry entity = create(entry, html.get(entry.slug()));
			for (String name : entry.matter().tags()) {
				entity.addTag(tags.computeIfAbsent(name, this::persistTag));
			}
			this.entityManager.persist(entity);
			stored.put(entry.slug(), entity);
		}
		Relations relations = new Relations(stored);
		for (ParsedEntry entry : linked.entries()) {
			relate(entry, stored.get(entry.slug()), relations);
			for (Target target : linked.bodyLinks().get(entry.slug())) {
				stored.get(entry.slug()).addReference(stored.get(target.slug()));
				relations.count++;
			}
		}
		return relations.count;
	}

	private Tag persistTag(String name) {
		Tag tag = new Tag(name);
		this.entityManager.persist(tag);
		return tag;
	}

	private static Entry create(ParsedEntry entry, String html) {
		FrontMatter matter = entry.matter();
		return switch (entry.kind()) {
			case COMPANY -> new Company(matter, (CompanyDetails) matter.details(), entry.file(), html);
			case TOOL -> new Tool(matter, (ToolDetails) matter.details(), entry.file(), html);
			case PRACTICE -> new Practice(matter, (PracticeDetails) matter.details(), entry.file(), html);
			case SOURCE -> new Source(matter, (SourceDetails) matter.details(), entry.file(), html);
		};
	}

	private static void relate(ParsedEntry entry, Entry entity, Relations relations) {
		relations.each(entry.matter().sources(), Source.class, entity::addSource);
		if (entity instanceof Company company && entry.matter().details() instanceof CompanyDetails details) {
			relations.each(details.tools(), Tool.class, company::use);
			relations.each(details.practices(), Practice.class, company::adopt);
			details.metrics()
				.forEach((m) -> relations.find(m.source(), Source.class)
					.ifPresent((source) -> company.getMetrics()
						.add(new Metric(m.name(), m.value(), m.unit(), m.year(), source))));
			details.timeline()
				.stream()
				.sorted(Comparator.comparingInt(FrontMatter.EventSpec::year))
				.forEach((e) -> relations.find(e.source(), Source.class)
					.ifPresent((source) -> company.getTimeline().add(new TimelineEvent(e.year(), e.event(), source))));
		}
		else if (entity instanceof Tool tool && entry.matter().details() instanceof ToolDetails details) {
			relations.each(details.createdBy().stream().toList(), Company.class, tool::createdBy);
			relations.each(details.companies(), Company.class, (company) -> company.use(tool));
			relations.each(details.practices(), Practice.class, tool::support);
		}
		else if (entity instanceof Practice practice && entry.matter().details() instanceof PracticeDetails details) {
			relations.each(details.companies(), Company.class, (company) -> company.adopt(practice));
			relations.each(details.related(), Practice.class, practice::relate);
		}
	}

	/** Finds stored entries by slug and kind; a missing target was already reported by the linker. */
	private static final class Relations {

		private final Map<String, Entry> stored;

		private int count;

		Relations(Map<String, Entry> stored) {
			this.stored = stored;
		}

		<T extends Entry> Optional<T> find(Ref ref, Class<T> type) {
			return Optional.ofNullable(this.stored.get(ref.slug())).filter(type::isInstance).map(type::cast);
		}

		<T extends Entry> void each(List<Ref> refs, Class<T> type, java.util.function.Consumer<T> action) {
			refs.forEach((ref) -> find(ref, type).ifPresent((target) -> {
				action.accept(target);
				this.count++;
			}));
		}

	}

}
