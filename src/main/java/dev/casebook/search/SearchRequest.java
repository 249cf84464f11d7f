package dev.casebook.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.casebook.core.Kind;

/**
 * One search, its parameters read leniently: any value gives a search, and what had to be
 * changed is said in {@link #notices()}.
 *
 * @param query the parsed text
 * @param tags tags every hit must carry ({@code tag=})
 * @param anyTags tags of which a hit must carry one ({@code tag-any=})
 * @param notTags tags no hit may carry ({@code -tag=})
 * @param kinds kinds a hit may be (any when empty)
 * @param page the 1-based page asked for, at most {@value #MAX_PAGE}
 * @param notices what was ignored or shortened, for the user
 */
public record SearchRequest(QueryText query, List<String> tags, List<String> anyTags, List<String> notTags,
		List<Kind> kinds, int page, List<String> notices) {

	static final int MAX_PAGE = 1000;

	static final int MAX_TAGS = 10;

	private static final int MAX_TAG_LENGTH = 100;

	public static SearchRequest of(String q, List<String> tag, List<String> kind, String page) {
		return of(q, tag, List.of(), List.of(), kind, page);
	}

	public static SearchRequest of(String q, List<String> tag, List<String> tagAny, List<String> notTag,
			List<String> kind, String page) {
		List<String> notices = new ArrayList<>();
		QueryText query = QueryText.parse(q);
		if (query.shortened()) {
			notices.add("Your search was shortened to " + QueryText.MAX_LENGTH + " characters and "
					+ QueryText.MAX_TERMS + " terms.");
		}
		Set<String> seen = new LinkedHashSet<>();
		List<String> tags = tags("tag", tag, seen, notices);
		List<String> anyTags = tags("tag-any", tagAny, seen, notices);
		List<String> notTags = tags("-tag", notTag, seen, notices);
		Set<Kind> kinds = new LinkedHashSet<>();
		for (String value : nonBlank(kind)) {
			Optional<Kind> known = kindOf(value);
			known.ifPresent(kinds::add);
			if (known.isEmpty()) {
				notices.add("Parameter 'kind': unknown kind '" + shorten(value)
						+ "' ignored; use company, tool, practice or source.");
			}
		}
		return new SearchRequest(query, tags, anyTags, notTags, List.copyOf(kinds), page(page, notices),
				List.copyOf(notices));
	}

	/** One tag parameter's values, at most {@value #MAX_TAGS} tags in all; {@code seen} collects them. */
	private static List<String> tags(String parameter, List<String> values, Set<String> seen, List<String> notices) {
		List<String> tags = new ArrayList<>();
		for (String value : nonBlank(values)) {
			String name = QueryText.parse(value).text().toLowerCase(Locale.ROOT);
			if (name.length() > MAX_TAG_LENGTH || seen.size() == MAX_TAGS) {
				notices.add("Parameter '" + parameter + "': only " + MAX_TAGS + " tags of up to " + MAX_TAG_LENGTH
						+ " characters are used.");
			}
			else if (!name.isEmpty() && seen.add(name)) {
				tags.add(name);
			}
		}
		return List.copyOf(tags);
	}

	/** Whether anything narrows the search; without it, search browses every entry. */
	public boolean isBrowse() {
		return this.query.isEmpty();
	}

	public boolean isEmpty() {
		return this.query.isEmpty() && this.tags.isEmpty() && this.anyTags.isEmpty() && this.notTags.isEmpty()
				&& this.kinds.isEmpty();
	}

	public String href() {
		return href(this.tags, this.anyTags, this.notTags, this.kinds, this.page);
	}

	public String pageHref(int page) {
		return href(this.tags, this.anyTags, this.notTags, this.kinds, page);
	}

	/** This search with the tag required or, when it is, not; back on the first page. */
	public String toggleTag(String tag) {
		return href(toggled(this.tags, tag), without(this.anyTags, tag), without(this.notTags, tag), this.kinds, 1);
	}

	/** This search with the tag among those of which one is enough, or not any more. */
	public String toggleAnyTag(String tag) {
		return href(without(this.tags, tag), toggled(this.anyTags, tag), without(this.notTags, tag), this.kinds, 1);
	}

	/** This search leaving out entries with the tag, or not any more. */
	public String toggleNotTag(String tag) {
		return href(without(this.tags, tag), without(this.anyTags, tag), toggled(this.notTags, tag), this.kinds, 1);
	}

	public String toggleKind(Kind kind) {
		List<Kind> kinds = new ArrayList<>(this.kinds);
		if (!kinds.remove(kind)) {
			kinds.add(kind);
		}
		return href(this.tags, this.anyTags, this.notTags, kinds, 1);
	}

	/** This search with other text and the same filters. */
	public String withText(String text) {
		return new SearchRequest(QueryText.parse(text), this.tags, this.anyTags, this.notTags, this.kinds, 1, List.of())
			.href();
	}

	private static List<String> toggled(List<String> tags, String tag) {
		List<String> copy = new ArrayList<>(tags);
		if (!copy.remove(tag)) {
			copy.add(tag);
		}
		return copy;
	}

	private static List<String> without(List<String> tags, String tag) {
		return tags.stream().filter((other) -> !other.equals(tag)).toList();
	}

	private String href(List<String> tags, List<String> anyTags, List<String> notTags, List<Kind> kinds, int page) {
		List<String> params = new ArrayList<>();
		if (!this.query.text().isEmpty()) {
			params.add("q=" + encode(this.query.text()));
		}
		tags.forEach((tag) -> params.add("tag=" + encode(tag)));
		anyTags.forEach((tag) -> params.add("tag-any=" + encode(tag)));
		notTags.forEach((tag) -> params.add("-tag=" + encode(tag)));
		kinds.forEach((kind) -> params.add("kind=" + kind.key()));
		if (page > 1) {
			params.add("page=" + page);
		}
		return params.isEmpty() ? "/search" : "/search?" + String.join("&", params);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static int page(String value, List<String> notices) {
		if (value == null || value.isBlank()) {
			return 1;
		}
		String digits = value.strip();
		if (!digits.matches("[0-9]+") || digits.matches("0+")) {
			notices.add("Parameter 'page': '" + shorten(value) + "' is not a page number; showing page 1.");
			return 1;
		}
		return (digits.length() > 9) ? MAX_PAGE : Math.min(Integer.parseInt(digits), MAX_PAGE);
	}

	private static Optional<Kind> kindOf(String value) {
		String key = value.strip().toLowerCase(Locale.ROOT);
		return Kind.ofKey(key).or(() -> Kind.ofFolder(key));
	}

	private static List<String> nonBlank(List<String> values) {
		return (values != null) ? values.stream().filter((v) -> v != null && !v.isBlank()).toList() : List.of();
	}

	private static String shorten(String value) {
		String text = QueryText.parse(value).text();
		return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
	}

}
