package dev.casebook.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.casebook.core.Kind;

/**
 * What a mistyped name is compared with when linking: slugs per kind; slugs, titles and aliases of
 * all. Two are equal when they hold the same names in the same order.
 */
final class Names {

	private final Map<Kind, List<String>> slugs = new EnumMap<>(Kind.class);

	private final List<String> all = new ArrayList<>();

	/** Entries that cannot be served, by slug and by lowercase title: broken links to them say why. */
	private final Map<String, ParsedEntry> unserved = new HashMap<>();

	Names(List<ParsedEntry> entries, Map<String, ParsedEntry> unserved) {
		unserved.values().forEach((entry) -> {
			this.unserved.put(entry.slug(), entry);
			if (!entry.matter().title().isEmpty()) {
				this.unserved.putIfAbsent(entry.matter().title().toLowerCase(Locale.ROOT), entry);
			}
		});
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

	/** The unserved entry {@code name} (a slug or title) would reach. */
	Optional<ParsedEntry> unserved(String name) {
		ParsedEntry bySlug = this.unserved.get(name);
		return Optional.ofNullable((bySlug != null) ? bySlug : this.unserved.get(name.toLowerCase(Locale.ROOT)));
	}

	/** Why a link to {@code entry} is broken although its file exists. */
	static String whyUnserved(ParsedEntry entry) {
		return "; " + entry.file() + (entry.matter().draft() ? " is a draft, not published yet"
				: " defines it but has errors, so it is not served");
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
		return other instanceof Names names && this.all.equals(names.all) && this.slugs.equals(names.slugs)
				&& this.unserved.keySet().equals(names.unserved.keySet());
	}

	@Override
	public int hashCode() {
		return this.all.hashCode();
	}

}
