package dev.casebook.content;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.casebook.core.Kind;

/**
 * Every entry a link can point at, found by slug, by title or alias (case-insensitive), by its
 * Markdown file, or by its site path.
 */
public final class LinkTargets {

	static final LinkTargets EMPTY = new LinkTargets(List.of());

	private static final Pattern SITE_PATH = Pattern.compile("/(companies|tools|practices|sources)/([^/?#]+)/?");

	private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

	/** An entry a link can reach. */
	public record Target(Kind kind, String slug, String title, String summary, String file) {

		public String path() {
			return this.kind.pathOf(this.slug);
		}

	}

	/** What a link in a body points at. */
	public sealed interface Link {

	}

	/** Not an entry link: left as written. */
	public record External() implements Link {
	}

	public record Resolved(Target target, String fragment) implements Link {

		public String href() {
			return this.fragment.isEmpty() ? this.target.path() : this.target.path() + "#" + this.fragment;
		}

	}

	public record Broken(String written) implements Link {
	}

	private final Map<String, Target> bySlug = new HashMap<>();

	private final Map<String, Target> byName = new HashMap<>();

	private final Map<String, Target> byFile = new HashMap<>();

	/** @param targets entries with unique slugs; the first of two equal titles or aliases wins */
	LinkTargets(Collection<Target> targets) {
		for (Target target : targets) {
			this.bySlug.put(target.slug(), target);
			this.byFile.put(target.file(), target);
		}
		for (Target target : targets) {
			this.byName.putIfAbsent(key(target.title()), target);
		}
	}

	void addAlias(String alias, Target target) {
		this.byName.putIfAbsent(key(alias), target);
	}

	Optional<Target> nameOwner(String name) {
		return Optional.ofNullable(this.byName.get(key(name)));
	}

	public Optional<Target> bySlug(String slug) {
		return Optional.ofNullable(this.bySlug.get(slug));
	}

	/** Whether every slug, name and file leads to the same target here as in {@code other}. */
	boolean sameAs(LinkTargets other) {
		return this == other || (this.bySlug.equals(other.bySlug) && this.byName.equals(other.byName)
				&& this.byFile.equals(other.byFile));
	}

	public Collection<Target> all() {
		return this.bySlug.values();
	}

	/** A wiki link names a slug, a title or an alias, optionally followed by {@code #fragment}. */
	Link wiki(String written) {
		String name = before(written, '#').strip();
		Target target = this.bySlug.get(name.toLowerCase(Locale.ROOT));
		if (target == null) {
			target = this.byName.get(key(name));
		}
		return (target != null) ? new Resolved(target, after(written, '#')) : new Broken(written);
	}

	/** A Markdown link: a relative {@code .md} file or a site path to an entry; anything else is external. */
	Link href(String written, String fromFile) {
		String url = before(written, '#');
		String fragment = after(written, '#');
		Matcher site = SITE_PATH.matcher(url);
		if (site.matches()) {
			Target target = this.bySlug.get(site.group(2));
			boolean right = target != null && target.kind().folder().equals(site.group(1));
			return right ? new Resolved(target, fragment) : new Broken(written);
		}
		if (SCHEME.matcher(url).find() || url.startsWith("/") || !url.toLowerCase(Locale.ROOT).endsWith(".md")) {
			return new External();
		}
		try {
			Path parent = Path.of(fromFile).getParent();
			String file = ((parent != null) ? parent.resolve(url) : Path.of(url)).normalize().toString().replace('\\', '/');
			Target target = this.byFile.get(file);
			return (target != null) ? new Resolved(target, fragment) : new Broken(written);
		}
		catch (InvalidPathException ex) {
			return new Broken(written);
		}
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	private static String before(String text, char separator) {
		int at = text.indexOf(separator);
		return (at < 0) ? text : text.substring(0, at);
	}

	private static String after(String text, char separator) {
		int at = text.indexOf(separator);
		return (at < 0) ? "" : text.substring(at + 1);
	}

}
