package dev.casebook.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a mistyped name is compared with when linking: slugs per kind; slugs, titles and aliases of
 * all. Two are equal when they hold the same names in the same order.
 */
final class Names {

	private final Map<Kind, List<String>> slugs = new EnumMap<>(Kind.class);

	private final List<String> all = new ArrayList<>();

	Names(List<ParsedEntry> entries) {
		for (Kind kind : Kind.values()) {
			this.slugs.put(kind, new ArrayList<>());
		}
		for (ParsedEntry entry : entries) {
			this.slugs.get(entry.kind()).add(entry.slug());
			this.all.add(entry.slug());
			this.all.add(entry.matter().title());
			this.all.addAll(entry.matter().aliases());
		}
	}

	/** Every slug, title and alias. */
	List<String> all() {
		return this.all;
	}

	/** The slugs of one kind. */
	List<String> slugs(Kind kind) {
		return this.slugs.get(kind);
	}

	/** The name part of a broken link: no fragment, folder or {@code .md}. */
	static String of(String written) {
		String name = written.contains("#") ? written.substring(0, written.indexOf('#')) : written;
		name = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
		name = name.substring(name.lastIndexOf('/') + 1);
		return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Names names && this.all.equals(names.all) && this.slugs.equals(names.slugs);
	}

	@Override
	public int hashCode() {
		return this.all.hashCode();
	}

}
