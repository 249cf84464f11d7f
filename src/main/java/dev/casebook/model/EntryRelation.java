package dev.casebook.model;

import dev.casebook.core.RelationType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One stored relation of any {@link RelationType} from one entry to another: a row of the one
 * {@code entry_relation} table. Never changed once written; a relation that goes is deleted.
 */
@Entity
@Table(name = "entry_relation")
class EntryRelation {

	@Id
	@GeneratedValue
	private Long id;

	/** The schema row's name; a plain string column, so that a new type needs no migration. */
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 31)
	private RelationType type;

	/** Both ends are loaded with the row, as the entries of their kind, never as proxies. */
	@ManyToOne(optional = false)
	@JoinColumn(name = "from_id")
	private Entry from;

	@ManyToOne(optional = false)
	@JoinColumn(name = "to_id")
	private Entry to;

	protected EntryRelation() {
	}

	EntryRelation(RelationType type, Entry from, Entry to) {
		this.type = type;
		this.from = from;
		this.to = to;
	}

	RelationType type() {
		return this.type;
	}

	Entry from() {
		return this.from;
	}

	Entry to() {
		return this.to;
	}

	boolean is(RelationType type, Entry to) {
		return this.type == type && this.to.equals(to);
	}

}
