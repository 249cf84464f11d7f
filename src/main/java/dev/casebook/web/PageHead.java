package dev.casebook.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.casebook.core.Kind;

/**
 * What the layout puts in every page's head besides its title: the canonical address, the feeds a
 * reader of this page may want, and the picture a social card shows. Pages reach it as {@code #head}.
 */
public final class PageHead {

	/** What a page says of itself when it gives no description. */
	public static final String DEFAULT_DESCRIPTION = "How companies ship software: their tools, practices and "
			+ "pipelines, with every figure sourced and dated.";

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
		List<FeedChannel> channels = new ArrayList<>(List.of(FeedChannel.site()));
		String[] segments = segments();
		kind(segments).map(FeedChannel::of).ifPresent(channels::add);
		if (segments.length == 2 && segments[0].equals("tags")) {
			channels.add(FeedChannel.tagged(segments[1]));
		}
		return channels.stream().map((channel) -> new Feed(channel.title(), this.site.of(channel.path()))).toList();
	}

	/** The picture drawn for a company's social card, if the page is a company's. */
	public String image() {
		String[] segments = segments();
		return (segments.length == 2 && kind(segments).filter(Kind.COMPANY::equals).isPresent())
				? this.site.of(this.path + "/card.png") : null;
	}

	/** The kind whose list or entry page this is: the first of at most two segments names its folder. */
	private static Optional<Kind> kind(String[] segments) {
		return (segments.length == 1 || segments.length == 2) ? Kind.ofFolder(segments[0]) : Optional.empty();
	}

	private String[] segments() {
		String trimmed = this.path.substring(1);
		return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
	}

}
