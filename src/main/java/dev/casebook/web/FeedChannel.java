package dev.casebook.web;

import java.util.Locale;

import dev.casebook.core.Kind;

/**
 * One Atom feed: where it is served, the page it follows and its title. Declared here once, for the
 * feeds themselves and for the links pages give to them.
 *
 * @param path the feed's own path, e.g. {@code /feeds/tools.atom}
 * @param page the path of the page whose entries it carries, e.g. {@code /tools}
 */
public record FeedChannel(String path, String page, String title) {

	/** Every entry of the site. */
	public static FeedChannel site() {
		return new FeedChannel("/feed.atom", "/", "Casebook: recently changed entries");
	}

	/** The entries of one kind. */
	public static FeedChannel of(Kind kind) {
		return new FeedChannel("/feeds/" + kind.folder() + ".atom", "/" + kind.folder(),
				"Casebook: " + kind.plural().toLowerCase(Locale.ROOT));
	}

	/** The entries that carry one tag. */
	public static FeedChannel tagged(String tag) {
		return new FeedChannel("/tags/" + tag + "/feed.atom", "/tags/" + tag, "Casebook: entries tagged " + tag);
	}

}
