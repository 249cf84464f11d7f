package dev.casebook.model;

import dev.casebook.core.Kind;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A practice: who adopts it, which tools support it, which practices relate to it. */
@Entity
@DiscriminatorValue("practice")
public class Practice extends Entry {

	private String category;

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
	public Kind getKind() {
		return Kind.PRACTICE;
	}

	public String getCategory() {
		return this.category;
	}

}
