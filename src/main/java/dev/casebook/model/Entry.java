package dev.casebook.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.casebook.core.Kind;
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

	public abstract Kind getKind();

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

	/** The entries this one's page links to, by relation, each once; sources are its references instead. */
	public Connections getConnections() {
		List<Connections.Group> groups = new ArrayList<>(connectionGroups());
		groups.add(Connections.group(RelationType.LINKS_TO.label(), getReferences()));
		groups.add(Connections.group(RelationType.LINKS_TO.inverseLabel(), getReferencedBy()));
		return Connections.of(groups);
	}

	/** The kind's own relations, in the order the page shows them. */
	protected abstract List<Connections.Group> connectionGroups();

	/** Titles of every entry connected to this one in either direction, each once. */
	public List<String> getRelatedNames() {
		return connected().map(Entry::getTitle).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
	}

	/** Entries connected to this one in any way; each kind adds its own relations. */
	protected Stream<Entry> connected() {
		return Stream.of(getSources(), getReferences(), getReferencedBy()).flatMap(Set::stream);
	}

	/** Joins {@link #connected()} with the entries of more relations. */
	@SafeVarargs
	protected static Stream<Entry> concat(Stream<Entry> connected, Collection<? extends Entry>... more) {
		return Stream.concat(connected, Stream.of(more).flatMap(Collection::stream));
	}

	public void addTag(Tag tag) {
		this.tags.add(tag);
	}

	public void addSource(Source source) {
		getSources().add(source);
		source.getCitedBy().add(this);
	}

	public void removeSource(Source source) {
		getSources().remove(source);
		source.getCitedBy().remove(this);
	}

	public void addReference(Entry target) {
		getReferences().add(target);
		target.getReferencedBy().add(this);
	}

	public void removeReference(Entry target) {
		getReferences().remove(target);
		target.getReferencedBy().remove(this);
	}

	/** Adds ({@code present}) or removes the relation of {@code type} from this entry to {@code target}. */
	public void setRelation(RelationType type, Entry target, boolean present) {
		switch (type) {
			case CITES -> Presence.set(present, (Source) target, this::addSource, this::removeSource);
			case LINKS_TO -> Presence.set(present, target, this::addReference, this::removeReference);
			default -> setOwnRelation(type, target, present);
		}
	}

	/** The entries this one leads to by {@code type}. */
	public Collection<? extends Entry> targets(RelationType type) {
		return switch (type) {
			case CITES -> getSources();
			case LINKS_TO -> getReferences();
			default -> ownTargets(type);
		};
	}

	/**
	 * {@link #setRelation} for a type that starts at this kind and has its own association.
	 *
	 * @throws IllegalArgumentException for a type this kind does not start
	 */
	protected abstract void setOwnRelation(RelationType type, Entry target, boolean present);

	/** {@link #targets} of a type with its own association; empty for a type this kind does not start. */
	protected abstract Collection<? extends Entry> ownTargets(RelationType type);

	@Override
	public String toString() {
		return getKind().key() + " " + this.slug;
	}

}
