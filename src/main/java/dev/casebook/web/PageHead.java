package dev.casebook.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.casebook.content.Kind;

/**
 * What the layout puts in every page's head besides its title: the canonical address, the feeds a
 * reader of this page may want, and the picture a social card shows. Pages reach it as {@code #head}.
 */
public final class PageHead {

	/** What a page says of itself when it gives no description. */
	public static final String DEFAULT_DESCRIPTION = "How companies ship software: their tools, practices and "
			+ "pipelines, with every figure sourced and dated.";

	private static final Pattern ENTRY = Pattern.compile("/(companies|tools|practices|sources)(/[^/]+)?");

	private static final Pattern TAG = Pattern.compile("/tags/([^/]+)");

	private static final Pattern COMPANY = Pattern.compile("/companies/[^/]+");

	/** A feed a page offers for autodiscovery. */
	public record Feed(String title, String href) {

	}

	private final SiteAddress site;

	private final String path;

	private final String page;

	/**
	 * @param page the {@code page} parameter of a paged list, or {@code null}
	 */
	PageHead(SiteAddress site, String path, String page) {
		this.site = site;
		this.path = (path == null || path.isEmpty()) ? "/" : path;
		this.page = (page != null && page.matches("[2-9]|[1-9]\\d{1,5}")) ? page : null;
	}

	/** The page's own description, or the site's when it gives none. */
	public String description(String given) {
		return (given == null || given.isBlank()) ? DEFAULT_DESCRIPTION : given;
	}

	/**
	 * The page's address without its query, so searches, filters and tracking parameters all name one
	 * page; only a later page of a paged list keeps its {@code page}, as it shows other entries.
	 */
	public String canonical() {
		return this.site.of(this.path) + ((this.page != null) ? "?page=" + this.page : "");
	}

	/** The site's feed, then the feed of the page's kind or tag. */
	public List<Feed> feeds() {
		List<Feed> feeds = new ArrayList<>();
		feeds.add(new Feed("Casebook: recently changed entries", this.site.of("/feed.atom")));
		Matcher entry = ENTRY.matcher(this.path);
		if (entry.matches()) {
			Kind kind = Kind.ofFolder(entry.group(1)).orElseThrow();
			feeds.add(new Feed("Casebook: " + kind.plural().toLowerCase(Locale.ROOT),
					this.site.of("/feeds/" + kind.folder() + ".atom")));
		}
		Matcher tag = TAG.matcher(this.path);
		if (tag.matches()) {
			feeds.add(new Feed("Casebook: entries tagged " + tag.group(1),
					this.site.of("/tags/" + tag.group(1) + "/feed.atom")));
		}
		return feeds;
	}

	/** The picture drawn for a company's social card, if the page is a company's. */
	public String image() {
		return COMPANY.matcher(this.path).matches() ? this.site.of(this.path + "/card.png") : null;
	}

}
