package dev.casebook.relation;

import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in a rendered body, which heading each entry link stands under: a heading's {@code id}
 * starts a passage that runs to the next heading; links before the first heading belong to the page.
 */
final class Passages {

	private static final Pattern HEADING_OR_LINK = Pattern.compile(
			"<h[1-6][^>]*?\\sid=\"([^\"]*)\"|<a\\s[^>]*?href=\"/(?:companies|tools|practices|sources)/([^\"#?/]+)/?(?:#[^\"]*)?\"");

	private Passages() {
	}

	/** Calls {@code passage} with each linked slug and the id of the heading above it ("" for none). */
	static void scan(String html, BiConsumer<String, String> passage) {
		if (html == null) {
			return;
		}
		String heading = "";
		Matcher matcher = HEADING_OR_LINK.matcher(html);
		while (matcher.find()) {
			if (matcher.group(1) != null) {
				heading = matcher.group(1);
			}
			else {
				passage.accept(matcher.group(2), heading);
			}
		}
	}

}
