package dev.casebook.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.casebook.core.RelationType;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * What every kind of entry has: identity, tags, aliases and typed relations, over its text
 * ({@link EntryText}), sources and body links ({@link EntryLinks}).
 */
@Entity
@Table(name = "entry")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public abstract class Entry extends EntryLinks {

	@Id
	@GeneratedValue
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	/** The discriminator, read back for list queries ({@link EntryCard}); written by Hibernate. */
	@Column(name = "kind", insertable = false, updatable = false)
	private String kindKey;

	@ManyToMany
	@JoinTable(name = "entry_tag")
	@OrderBy("name")
	private Set<Tag> tags = new LinkedHashSet<>();

	@ElementCollection
	@OrderColumn
	private List<String> aliases = new ArrayList<>();

	protected Entry() {
	}

	protected Entry(String slug) {
		this.slug = slug;
	}

	/** Sets what the file and body say, keeping identity, tags and relations. */
	protected final void describe(Description description) {
		describeText(description);
		this.aliases.clear();
		this.aliases.addAll(description.aliases());
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	/** The sources its page numbers, in the order of their numbers (see {@link Citations}). */
	public List<Source> getCitedSources() {
		return NumberedSources.cited(citations(), citable());
	}

	/** The sources its page lists as numbered references: the cited ones by number, then the rest by title. */
	public List<Source> getNumberedSources() {
		return NumberedSources.numbered(getCitedSources(), citable());
	}

	public String getPath() {
		return getKind().pathOf(this.slug);
	}

	public Set<Tag> getTags() {
		return this.tags;
	}

	public List<String> getAliases() {
		return this.aliases;
	}

	/**
	 * The entries this one's page links to, grouped by the schema: first the one entry of each type
	 * that has at most one ("Created by"), then for each type in the schema's order the entries this
	 * kind leads to and those that lead to it. Sources are its references instead.
	 */
	public Connections getConnections() {
		List<Connections.Group> groups = new ArrayList<>();
		Stream.of(RelationType.values())
			.filter((type) -> type.oneFrom() && type.endsAt(getKind()))
			.forEach((type) -> groups.add(new Connections.Group(type.inverseLabel(), origins(type))));
		for (RelationType type : RelationType.values()) {
			if (type.startsAt(getKind())) {
				groups.add(new Connections.Group(type.label(), targets(type)));
			}
			if (type.endsAt(getKind()) && !type.symmetric() && !type.oneFrom()) {
				groups.add(new Connections.Group(type.inverseLabel(), origins(type)));
			}
		}
		return Connections.of(groups);
	}

	/** Titles of every entry connected to this one in either direction, each once. */
	public List<String> getRelatedNames() {
		return connected().map(Entry::getTitle).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
	}

	public void addTag(Tag tag) {
		this.tags.add(tag);
	}

	@Override
	public String toString() {
		return getKind().key() + " " + this.slug;
	}

}
