package dev.casebook.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four kinds of entry. Each lives in its own content folder, which is also the first segment
 * of its pages' paths.
 */
public enum Kind {

	COMPANY("companies", "Company", "Companies"), TOOL("tools", "Tool", "Tools"),
	PRACTICE("practices", "Practice", "Practices"), SOURCE("sources", "Source", "Sources");

	private final String folder;

	private final String label;

	private final String plural;

	Kind(String folder, String label, String plural) {
		this.folder = folder;
		this.label = label;
		this.plural = plural;
	}

	public String folder() {
		return this.folder;
	}

	public String label() {
		return this.label;
	}

	public String plural() {
		return this.plural;
	}

	/** The name used in front matter ({@code kind: tool}). */
	public String key() {
		return name().toLowerCase();
	}

	public String pathOf(String slug) {
		return "/" + this.folder + "/" + slug;
	}

	public static Optional<Kind> ofFolder(String folder) {
		return Arrays.stream(values()).filter((kind) -> kind.folder.equals(folder)).findFirst();
	}

	public static Optional<Kind> ofKey(String key) {
		return Arrays.stream(values()).filter((kind) -> kind.key().equals(key)).findFirst();
	}

}
