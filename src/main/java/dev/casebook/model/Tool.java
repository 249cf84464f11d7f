package dev.casebook.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import dev.casebook.core.Kind;
import dev.casebook.core.RelationType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;

/** A tool or system: who built it, who uses it, which practices it supports. */
@Entity
@DiscriminatorValue("tool")
public class Tool extends Entry {

	private String category;

	private String website;

	private Boolean openSource;

	@ManyToOne
	private Company createdBy;

	@ManyToMany(mappedBy = "tools")
	@OrderBy("sortTitle")
	private Set<Company> companies = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "tool_practice", joinColumns = @JoinColumn(name = "tool_id"),
			inverseJoinColumns = @JoinColumn(name = "practice_id"))
	@OrderBy("sortTitle")
	private Set<Practice> practices = new LinkedHashSet<>();

	protected Tool() {
	}

	public Tool(String slug) {
		super(slug);
	}

	/** Sets what the tool's file says, apart from relations. */
	public void describe(Description description, String category, String website, Optional<Boolean> openSource) {
		describe(description);
		this.category = category;
		this.website = website;
		this.openSource = openSource.orElse(null);
	}

	@Override
	protected List<Connections.Group> connectionGroups() {
		return List.of(Connections.group(RelationType.CREATED.inverseLabel(), getCreatedBy().stream().toList()),
				Connections.group(RelationType.USES.inverseLabel(), this.companies), Connections.group(RelationType.SUPPORTS.label(), this.practices));
	}

	@Override
	public Kind getKind() {
		return Kind.TOOL;
	}

	public String getCategory() {
		return this.category;
	}

	public String getWebsite() {
		return this.website;
	}

	public Optional<Boolean> getOpenSource() {
		return Optional.ofNullable(this.openSource);
	}

	public Optional<Company> getCreatedBy() {
		return Optional.ofNullable(this.createdBy);
	}

	/** Companies that use this tool. */
	public Set<Company> getCompanies() {
		return this.companies;
	}

	/** Practices this tool supports. */
	public Set<Practice> getPractices() {
		return this.practices;
	}

	@Override
	protected Stream<Entry> connected() {
		return concat(super.connected(), this.companies, this.practices, getCreatedBy().stream().toList());
	}

	public void createdBy(Company company) {
		this.createdBy = company;
		company.getCreated().add(this);
	}

	public void notCreatedBy(Company company) {
		if (company.equals(this.createdBy)) {
			this.createdBy = null;
		}
		company.getCreated().remove(this);
	}

	public void support(Practice practice) {
		this.practices.add(practice);
		practice.getTools().add(this);
	}

	public void stopSupporting(Practice practice) {
		this.practices.remove(practice);
		practice.getTools().remove(this);
	}

	@Override
	protected void setOwnRelation(RelationType type, Entry target, boolean present) {
		switch (type) {
			case SUPPORTS -> Presence.set(present, (Practice) target, this::support, this::stopSupporting);
			default -> throw new IllegalArgumentException(getKind().key() + " has no relation " + type);
		}
	}

	@Override
	protected Collection<? extends Entry> ownTargets(RelationType type) {
		return switch (type) {
			case SUPPORTS -> this.practices;
			default -> Set.of();
		};
	}

}
