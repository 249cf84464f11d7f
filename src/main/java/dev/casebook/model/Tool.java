package dev.casebook.model;

import java.util.Optional;

import dev.casebook.core.Kind;
import dev.casebook.core.RelationType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A tool or system: who built it, who uses it, which practices it supports. */
@Entity
@DiscriminatorValue("tool")
public class Tool extends Entry {

	private String category;

	private String website;

	private Boolean openSource;

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

	/** The company that built it, when its file names one. */
	public Optional<Company> getCreatedBy() {
		return origins(RelationType.CREATED).stream().map(Company.class::cast).findFirst();
	}

}
