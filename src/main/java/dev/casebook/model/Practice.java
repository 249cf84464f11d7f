package dev.casebook.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.casebook.core.Kind;
import dev.casebook.core.RelationType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;

/** A practice: who adopts it, which tools support it, which practices relate to it. */
@Entity
@DiscriminatorValue("practice")
public class Practice extends Entry {

	private String category;

	@ManyToMany(mappedBy = "practices")
	@OrderBy("sortTitle")
	private Set<Company> companies = new LinkedHashSet<>();

	@ManyToMany(mappedBy = "practices")
	@OrderBy("sortTitle")
	private Set<Tool> tools = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "practice_related", joinColumns = @JoinColumn(name = "practice_id"),
			inverseJoinColumns = @JoinColumn(name = "related_id"))
	@OrderBy("sortTitle")
	private Set<Practice> related = new LinkedHashSet<>();

	protected Practice() {
	}

	public Practice(String slug) {
		super(slug);
	}

	/** Sets what the practice's file says, apart from relations. */
	public void describe(Description description, String category) {
		describe(description);
		this.category = category;
	}

	@Override
	protected List<Connections.Group> connectionGroups() {
		return List.of(Connections.group(RelationType.ADOPTS.inverseLabel(), this.companies),
				Connections.group(RelationType.SUPPORTS.inverseLabel(), this.tools), Connections.group(RelationType.RELATED.label(), this.related));
	}

	@Override
	public Kind getKind() {
		return Kind.PRACTICE;
	}

	public String getCategory() {
		return this.category;
	}

	/** Companies that adopt this practice. */
	public Set<Company> getCompanies() {
		return this.companies;
	}

	/** Tools that support this practice. */
	public Set<Tool> getTools() {
		return this.tools;
	}

	/** Related practices; the relation is symmetric. */
	public Set<Practice> getRelated() {
		return this.related;
	}

	@Override
	protected Stream<Entry> connected() {
		return concat(super.connected(), this.companies, this.tools, this.related);
	}

	public void relate(Practice other) {
		if (other != this) {
			this.related.add(other);
			other.related.add(this);
		}
	}

	public void unrelate(Practice other) {
		this.related.remove(other);
		other.related.remove(this);
	}

	@Override
	protected void setOwnRelation(RelationType type, Entry target, boolean present) {
		switch (type) {
			case RELATED -> Presence.set(present, (Practice) target, this::relate, this::unrelate);
			default -> throw new IllegalArgumentException(getKind().key() + " has no relation " + type);
		}
	}

	@Override
	protected Collection<? extends Entry> ownTargets(RelationType type) {
		return switch (type) {
			case RELATED -> this.related;
			default -> Set.of();
		};
	}

}
