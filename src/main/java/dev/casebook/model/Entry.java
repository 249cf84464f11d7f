package dev.casebook.model;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What every kind of entry has: identity, text, tags, aliases, sources and body links.
 */
@Entity
@Table(name = "entry")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public abstract class Entry {

	@Id
	@GeneratedValue
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	/** The discriminator, read back for list queries ({@link EntryCard}); written by Hibernate. */
	@Column(name = "kind", insertable = false, updatable = false)
	private String kindKey;

	@Column(nullable = false)
	private String title;

	/** The title as lists sort it: lowercase, without accents. */
	@Column(name = "sort_title", nullable = false)
	private String sortTitle;

	@Column(length = 2000)
	private String summary;

	@Column(name = "source_file")
	private String file;

	private LocalDate reviewed;

	private Instant lastUpdated;

	/**
	 * Bodies are large text columns read and written as plain strings (LONG32VARCHAR): no LOB
	 * locator, length probe or reader per value, which made loading an entry slow.
	 */
	@Column(name = "body_html")
	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String bodyHtml;

	@Column(name = "contents_html")
	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String contentsHtml;

	@Column(name = "body_text")
	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String bodyText;

	/** The slugs of the sources the page numbers, in order, separated by spaces (see {@link Citations}). */
	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String citations;

	@ManyToMany
	@JoinTable(name = "entry_tag")
	@OrderBy("name")
	private Set<Tag> tags = new LinkedHashSet<>();

	@ElementCollection
	@OrderColumn
	private List<String> aliases = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "entry_source", inverseJoinColumns = @JoinColumn(name = "source_id"))
	@OrderBy("sortTitle")
	private Set<Source> sources = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "entry_link", joinColumns = @JoinColumn(name = "from_id"),
			inverseJoinColumns = @JoinColumn(name = "to_id"))
	@OrderBy("sortTitle")
	private Set<Entry> references = new LinkedHashSet<>();

	@ManyToMany(mappedBy = "references")
	@OrderBy("sortTitle")
	private Set<Entry> referencedBy = new LinkedHashSet<>();

	protected Entry() {
	}

	protected Entry(String slug) {
		this.slug = slug;
	}

	/** Sets what the file and body say, keeping identity, tags and relations. */
	protected final void describe(Description description) {
		this.title = description.title();
		this.sortTitle = sortKey(description.title());
		this.summary = description.summary();
		this.file = description.file();
		this.reviewed = description.reviewed().orElse(null);
		this.bodyHtml = description.bodyHtml();
		this.aliases.clear();
		this.aliases.addAll(description.aliases());
	}

	/** How titles sort: case and accents set aside, so "lighttpd" comes before "Ubuntu". */
	public static String sortKey(String title) {
		return Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
	}

	public abstract Kind getKind();

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getFile() {
		return this.file;
	}

	public Optional<LocalDate> getReviewed() {
		return Optional.ofNullable(this.reviewed);
	}

	/** When the entry's file last changed: its last commit, or its modification time. */
	public Optional<Instant> getLastUpdated() {
		return Optional.ofNullable(this.lastUpdated);
	}

	/** The day of {@link #getLastUpdated()}, in UTC. */
	public Optional<LocalDate> getLastUpdatedDate() {
		return getLastUpdated().map((instant) -> LocalDate.ofInstant(instant, ZoneOffset.UTC));
	}

	public void setLastUpdated(Instant lastUpdated) {
		this.lastUpdated = lastUpdated;
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

	/** The body's table of contents as HTML, or empty when it has none. */
	public String getContentsHtml() {
		return (this.contentsHtml == null) ? "" : this.contentsHtml;
	}

	/** The body as plain text, without markup: what full-text search reads. */
	public String getBodyText() {
		return this.bodyText;
	}

	/** The sources its page numbers, in the order of their numbers (see {@link Citations}). */
	public List<Source> getCitedSources() {
		return NumberedSources.cited(this.citations, citable());
	}

	/** The sources its page lists as numbered references: the cited ones by number, then the rest by title. */
	public List<Source> getNumberedSources() {
		return NumberedSources.numbered(getCitedSources(), citable());
	}

	/** Every source the page can cite: those it lists and those its body links to. */
	protected Stream<Source> citable() {
		return Stream.concat(this.sources.stream(),
				this.references.stream().filter(Source.class::isInstance).map(Source.class::cast));
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

	public Set<Source> getSources() {
		return this.sources;
	}

	/** Entries this entry's body links to. */
	public Set<Entry> getReferences() {
		return this.references;
	}

	/** Entries whose bodies link to this entry. */
	public Set<Entry> getReferencedBy() {
		return this.referencedBy;
	}

	/** The entries this one's page links to, by relation, each once; sources are its references instead. */
	public Connections getConnections() {
		List<Connections.Group> groups = new ArrayList<>(connectionGroups());
		groups.add(Connections.group(RelationType.LINKS_TO.label(), this.references));
		groups.add(Connections.group(RelationType.LINKS_TO.inverseLabel(), this.referencedBy));
		return Connections.of(groups);
	}

	/** The kind's own relations, in the order the page shows them. */
	protected abstract List<Connections.Group> connectionGroups();

	/** Titles of every entry related to this one in either direction, each once. */
	public List<String> getRelatedNames() {
		return related().map(Entry::getTitle).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
	}

	/** Entries related to this one; each kind adds its own relations. */
	protected Stream<Entry> related() {
		return Stream.of(this.sources, this.references, this.referencedBy).flatMap(Set::stream);
	}

	/** A group of the page's connections. */
	protected static Connections.Group group(String label, Collection<? extends Entry> entries) {
		return Connections.group(label, entries);
	}

	/** Joins {@link #related()} with the entries of more relations. */
	@SafeVarargs
	protected static Stream<Entry> concat(Stream<Entry> related, Collection<? extends Entry>... more) {
		return Stream.concat(related, Stream.of(more).flatMap(Collection::stream));
	}

	public void addTag(Tag tag) {
		this.tags.add(tag);
	}

	public void addSource(Source source) {
		this.sources.add(source);
		source.getCitedBy().add(this);
	}

	public void removeSource(Source source) {
		this.sources.remove(source);
		source.getCitedBy().remove(this);
	}

	public void addReference(Entry target) {
		this.references.add(target);
		target.referencedBy.add(this);
	}

	public void removeReference(Entry target) {
		this.references.remove(target);
		target.referencedBy.remove(this);
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
			case CITES -> this.sources;
			case LINKS_TO -> this.references;
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

	/** Sets the body as rendered (again, after the entries it links to changed). */
	public void setBody(String html, String contents, String text, List<String> citations) {
		this.bodyHtml = html;
		this.contentsHtml = contents;
		this.bodyText = text;
		this.citations = String.join(" ", citations);
	}

	@Override
	public String toString() {
		return getKind().key() + " " + this.slug;
	}

}
