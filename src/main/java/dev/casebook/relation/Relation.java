package dev.casebook.relation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.casebook.core.RelationType;

/**
 * A {@link RelationType} as it reads from one of its ends: a company {@code uses} a tool, a tool is
 * {@code used-by} a company. A symmetric type reads the same from both ends, so it has one.
 *
 * @param reversed whether it reads from the type's {@code to} end
 */
public record Relation(RelationType type, boolean reversed) implements Comparable<Relation> {

	/** Every relation, in the order of the schema, each type before its inverse. */
	private static final List<Relation> ALL = Arrays.stream(RelationType.values())
		.flatMap((type) -> type.symmetric() ? Stream.of(of(type)) : Stream.of(of(type), inverseOf(type)))
		.toList();

	/** The type read from its {@code from} end. */
	public static Relation of(RelationType type) {
		return new Relation(type, false);
	}

	/** The type read from its {@code to} end. */
	public static Relation inverseOf(RelationType type) {
		return new Relation(type, !type.symmetric());
	}

	/** The name used in queries ({@code ?uses=spinnaker}) and JSON. */
	public String key() {
		return this.reversed ? this.type.inverseVerb() : this.type.verb();
	}

	/** The heading of the entries it leads to on a page: "Uses", "Used by". */
	public String label() {
		return this.reversed ? this.type.inverseLabel() : this.type.label();
	}

	public Relation inverse() {
		return new Relation(this.type, !this.reversed && !this.type.symmetric());
	}

	public static List<Relation> all() {
		return ALL;
	}

	public static Optional<Relation> ofKey(String key) {
		return ALL.stream().filter((relation) -> relation.key().equals(key)).findFirst();
	}

	/** In the order of the schema, each type before its inverse. */
	@Override
	public int compareTo(Relation other) {
		return Integer.compare(order(), other.order());
	}

	private int order() {
		return this.type.ordinal() * 2 + (this.reversed ? 1 : 0);
	}

}
