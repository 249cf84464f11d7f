package dev.casebook.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A lowercase-hyphenated label shared by entries of any kind. */
@Entity
public class Tag {

	@Id
	private String name;

	protected Tag() {
	}

	public Tag(String name) {
		this.name = name;
	}

	public String getName() {
		return this.name;
	}

	public String getPath() {
		return "/tags/" + this.name;
	}

}
