package dev.casebook.content;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list every rendered body passes through before it is stored. It keeps what the
 * Markdown renderer emits (headings with ids, in-page anchors, lists, tables, code, quotes, images,
 * entry links with their classes and data attributes) and drops everything else: script, style,
 * frames, objects, forms, event handlers, inline styles and any URL that is not http, https, mailto
 * or relative. External links get {@code rel="nofollow noopener"}.
 */
final class SafeHtml {

	private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_-]{1,200}");

	private static final Pattern LINK_CLASS = Pattern.compile("entry-link|broken-link|anchor|cite");

	private static final Pattern CODE_CLASS = Pattern.compile("language-[\\w+#.-]{1,40}");

	private static final Pattern KIND = Pattern.compile("company|tool|practice|source");

	private static final Pattern ALIGN = Pattern.compile("left|center|right");

	private static final Pattern IMAGE_URL = Pattern.compile("(?i)https?://\\S+|[^:]*");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "div", "span", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
				"blockquote", "pre", "code", "em", "strong", "del", "sup", "sub", "kbd", "dl", "dt", "dd", "table",
				"caption", "thead", "tbody", "tfoot", "tr", "th", "td", "img", "a")
		.allowAttributes("id").matching(ID).onElements("h1", "h2", "h3", "h4", "h5", "h6")
		.allowAttributes("class").matching(LINK_CLASS).onElements("a", "span")
		.allowAttributes("class").matching(CODE_CLASS).onElements("code")
		.allowAttributes("class").matching(Pattern.compile("toc")).onElements("div")
		.allowAttributes("data-kind").matching(KIND).onElements("a")
		.allowAttributes("data-summary").onElements("a")
		.allowAttributes("title").onElements("a", "span", "img")
		.allowAttributes("align").matching(ALIGN).onElements("th", "td")
		.allowAttributes("start").matching(Pattern.compile("\\d{1,9}")).onElements("ol")
		.allowAttributes("href").onElements("a")
		.allowAttributes("src").matching(IMAGE_URL).onElements("img")
		.allowAttributes("alt").onElements("img")
		.allowUrlProtocols("http", "https", "mailto")
		.allowElements(SafeHtml::markExternal, "a")
		.toFactory();

	private SafeHtml() {
	}

	/** @return {@code html} with everything outside the allow-list removed */
	static String sanitize(String html) {
		return POLICY.sanitize(html);
	}

	/** Adds {@code rel="nofollow noopener"} to a link that leaves the site. */
	private static String markExternal(String element, List<String> attributes) {
		for (int i = 0; i < attributes.size(); i += 2) {
			if (attributes.get(i).equals("href") && isExternal(attributes.get(i + 1))) {
				attributes.add("rel");
				attributes.add("nofollow noopener");
				break;
			}
		}
		return element;
	}

	private static boolean isExternal(String href) {
		String url = href.strip().toLowerCase(Locale.ROOT);
		return url.startsWith("http:") || url.startsWith("https:") || url.startsWith("//");
	}

}
