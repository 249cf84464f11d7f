package dev.casebook.relation;

import java.util.Arrays;
import java.util.Optional;

/**
 * A typed relation between two entries, named as it reads from the first: a company {@code uses} a
 * tool, a tool is {@code used-by} a company. Every relation has an inverse, so each fact is stored in
 * both directions.
 */
public enum Relation {

	USES("uses", "used-by"), USED_BY("used-by", "uses"), ADOPTS("adopts", "adopted-by"),
	ADOPTED_BY("adopted-by", "adopts"), SUPPORTS("supports", "supported-by"), SUPPORTED_BY("supported-by", "supports"),
	CREATED("created", "created-by"), CREATED_BY("created-by", "created"), RELATED("related", "related"),
	CITES("cites", "cited-by"), CITED_BY("cited-by", "cites"), LINKS_TO("links-to", "linked-from"),
	LINKED_FROM("linked-from", "links-to");

	private final String key;

	private final String inverseKey;

	Relation(String key, String inverseKey) {
		this.key = key;
		this.inverseKey = inverseKey;
	}

	/** The name used in queries ({@code ?uses=spinnaker}) and JSON. */
	public String key() {
		return this.key;
	}

	public Relation inverse() {
		return ofKey(this.inverseKey).orElseThrow();
	}

	public static Optional<Relation> ofKey(String key) {
		return Arrays.stream(values()).filter((relation) -> relation.key.equals(key)).findFirst();
	}

}
