package dev.casebook.model;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import dev.casebook.core.Kind;
import dev.casebook.core.RelationType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;

/**
 * An entry's relations of every {@link RelationType}, kept on both ends: the rows of the one
 * relation table that start at the entry and those that end at it. What a kind may relate to, and
 * how, is the schema's to say; nothing here is written per type. Mapped onto the {@code entry}
 * table by {@link Entry}.
 */
@MappedSuperclass
public abstract class EntryLinks extends EntryText {

	private static final Comparator<Entry> BY_TITLE = Comparator.comparing((Entry entry) -> sortKey(entry.getTitle()))
		.thenComparing(Entry::getSlug);

	@OneToMany(mappedBy = "from", cascade = CascadeType.ALL, orphanRemoval = true)
	private Set<EntryRelation> outgoing = new LinkedHashSet<>();

	@OneToMany(mappedBy = "to")
	private Set<EntryRelation> incoming = new LinkedHashSet<>();

	public abstract Kind getKind();

	/**
	 * Adds ({@code present}) or removes the relation of {@code type} from this entry to
	 * {@code target}. A symmetric relation of an entry to itself is no relation and is left out.
	 *
	 * @throws IllegalArgumentException when the schema has no such relation between their kinds
	 */
	public void setRelation(RelationType type, Entry target, boolean present) {
		if (!type.startsAt(getKind()) || !type.endsAt(target.getKind())) {
			throw new IllegalArgumentException(
					"a " + getKind().key() + " has no relation " + type.verb() + " to a " + target.getKind().key());
		}
		if (type.symmetric() && target == this) {
			return;
		}
		Optional<EntryRelation> stored = this.outgoing.stream().filter((row) -> row.is(type, target)).findFirst();
		if (present && stored.isEmpty()) {
			EntryRelation row = new EntryRelation(type, (Entry) this, target);
			this.outgoing.add(row);
			((EntryLinks) target).incoming.add(row);
		}
		else if (!present) {
			stored.ifPresent((row) -> {
				this.outgoing.remove(row);
				((EntryLinks) target).incoming.remove(row);
			});
		}
	}

	/** The entries this one leads to by {@code type} (either way for a symmetric type), by title. */
	public List<Entry> targets(RelationType type) {
		Stream<Entry> ends = this.outgoing.stream().filter((row) -> row.type() == type).map(EntryRelation::to);
		return sorted(type.symmetric() ? Stream.concat(ends, from(this.incoming, type)) : ends);
	}

	/** The entries that lead to this one by {@code type} (either way for a symmetric type), by title. */
	public List<Entry> origins(RelationType type) {
		return type.symmetric() ? targets(type) : sorted(from(this.incoming, type));
	}

	/** Every entry related to this one by any type, in either direction, each once. */
	protected Stream<Entry> connected() {
		return Stream.concat(this.outgoing.stream().map(EntryRelation::to),
				this.incoming.stream().map(EntryRelation::from))
			.distinct();
	}

	/** The sources it lists. */
	public List<Source> getSources() {
		return typed(targets(RelationType.CITES), Source.class);
	}

	/** Entries this entry's body links to. */
	public List<Entry> getReferences() {
		return targets(RelationType.LINKS_TO);
	}

	/** Every source the page can cite: those it lists and those its body links to. */
	protected Stream<Source> citable() {
		return Stream.concat(getSources().stream(),
				getReferences().stream().filter(Source.class::isInstance).map(Source.class::cast));
	}

	/** {@code entries}, which the schema says are all of {@code kind}'s class. */
	protected static <T extends Entry> List<T> typed(List<Entry> entries, Class<T> kind) {
		return entries.stream().map(kind::cast).toList();
	}

	private static Stream<Entry> from(Set<EntryRelation> rows, RelationType type) {
		return rows.stream().filter((row) -> row.type() == type).map(EntryRelation::from);
	}

	private static List<Entry> sorted(Stream<Entry> entries) {
		return entries.distinct().sorted(BY_TITLE).toList();
	}

}
