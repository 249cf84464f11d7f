package dev.casebook.content;

import java.util.function.BiConsumer;

import dev.casebook.company.Company;
import dev.casebook.practice.Practice;
import dev.casebook.source.Source;
import dev.casebook.tool.Tool;

/**
 * One stored relation between two entries, by slug, whichever side declared it: declaring a
 * relation on both sides yields the same edge once.
 */
record Edge(Type type, String from, String to) {

	/** {@link Type#RELATED} is symmetric, so its ends are kept in slug order. */
	static Edge of(Type type, String from, String to) {
		boolean swap = type == Type.RELATED && from.compareTo(to) > 0;
		return swap ? new Edge(type, to, from) : new Edge(type, from, to);
	}

	void add(Entry from, Entry to) {
		this.type.add.accept(from, to);
	}

	void remove(Entry from, Entry to) {
		this.type.remove.accept(from, to);
	}

	/** The relations, each with how it is joined and unjoined on the entities. */
	enum Type {

		SOURCE((a, b) -> a.addSource((Source) b), (a, b) -> a.removeSource((Source) b)),
		USES((a, b) -> ((Company) a).use((Tool) b), (a, b) -> ((Company) a).stopUsing((Tool) b)),
		ADOPTS((a, b) -> ((Company) a).adopt((Practice) b), (a, b) -> ((Company) a).abandon((Practice) b)),
		SUPPORTS((a, b) -> ((Tool) a).support((Practice) b), (a, b) -> ((Tool) a).stopSupporting((Practice) b)),
		RELATED((a, b) -> ((Practice) a).relate((Practice) b), (a, b) -> ((Practice) a).unrelate((Practice) b)),
		CREATED((a, b) -> ((Tool) a).createdBy((Company) b), (a, b) -> ((Tool) a).notCreatedBy((Company) b)),
		REFERENCE(Entry::addReference, Entry::removeReference);

		private final BiConsumer<Entry, Entry> add;

		private final BiConsumer<Entry, Entry> remove;

		Type(BiConsumer<Entry, Entry> add, BiConsumer<Entry, Entry> remove) {
			this.add = add;
			this.remove = remove;
		}

	}

}
