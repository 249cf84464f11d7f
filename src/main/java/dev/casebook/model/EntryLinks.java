package dev.casebook.model;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderBy;

/**
 * What links an entry to others besides its typed relations: the sources it cites and the entries
 * its body links to, kept on both ends. Mapped onto the {@code entry} table by {@link Entry}.
 */
@MappedSuperclass
public abstract class EntryLinks extends EntryText {

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

	/** Every source the page can cite: those it lists and those its body links to. */
	protected Stream<Source> citable() {
		return Stream.concat(this.sources.stream(),
				this.references.stream().filter(Source.class::isInstance).map(Source.class::cast));
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

}
