package dev.casebook.model;

/** A tag and how many entries carry it. */
public record TagCount(String name, long entries) {

	public String path() {
		return "/tags/" + this.name;
	}

}
