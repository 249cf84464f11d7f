package dev.casebook.web;

import dev.casebook.CasebookProperties;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute address of the site, for links that leave the page: canonical links, feeds, the
 * sitemap and social cards. {@code casebook.base-url} when it is set; otherwise the address the current
 * request came to, which honours forwarded headers only as {@code server.forward-headers-strategy} says.
 */
public final class SiteAddress {

	private final String configured;

	public SiteAddress(CasebookProperties properties) {
		String base = properties.baseUrl();
		this.configured = (base == null || base.isBlank()) ? null : base.strip().replaceAll("/+$", "");
	}

	/** The address of the site's root, without a trailing slash. */
	public String base() {
		return (this.configured != null) ? this.configured
				: ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	/** The absolute form of a path that starts with {@code /}. */
	public String of(String path) {
		return base() + path;
	}

}
