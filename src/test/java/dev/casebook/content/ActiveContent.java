package dev.casebook.content;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parses HTML the way a browser would (jsoup) and asserts that nothing in it can run script: no
 * script except same-origin files, no event handlers, no inline styles, no frames, objects or bases,
 * and no {@code javascript:}, {@code vbscript:} or {@code data:} URLs. Rendered bodies are held to the
 * sanitizer's allow-list of elements.
 */
public final class ActiveContent {

	/** Every element a sanitised body may contain. */
	private static final Set<String> BODY_ELEMENTS = Set.of("p", "div", "span", "br", "hr",
			"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em", "strong", "del",
			"sup", "sub", "kbd", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "img",
			"a");

	private static final Set<String> NEVER = Set.of("style", "iframe", "frame", "frameset", "object", "embed",
			"applet", "base", "math", "xml", "isindex", "bgsound", "noscript", "template", "portal");

	/**
	 * The elements of the pictures the templates draw (an entry's neighbourhood): shapes, text and
	 * links, nothing that can run script, load a resource or embed HTML ({@code script},
	 * {@code foreignObject}, {@code use}, {@code image}, {@code animate}, {@code set}).
	 */
	private static final Set<String> PICTURE_ELEMENTS = Set.of("svg", "title", "desc", "g", "line", "circle", "text",
			"a");

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
			"background", "poster", "data", "dynsrc", "lowsrc", "cite", "srcset", "ping");

	/** A path on this site, or an absolute address on it as the test servers answer (canonical, feeds). */
	private static final String SAME_ORIGIN = "(https?://localhost(:\\d+)?)?/([^/].*)?";

	private static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\x00-\\x20\\x7f]");

	private ActiveContent() {
	}

	/**
	 * A whole page: the layout's own same-origin scripts, styles and forms are fine, and so are pictures
	 * drawn by the templates, outside the rendered body, made only of {@link #PICTURE_ELEMENTS}.
	 */
	public static void assertNoneIn(String html) {
		Document page = Jsoup.parse(html);
		for (Element element : page.getAllElements()) {
			String name = element.normalName();
			assertThat(NEVER).as("element <%s> in %s", name, element).doesNotContain(name);
			if (name.equals("script") && element.attr("type").equals("application/ld+json")) {
				assertLinkedData(element);
			}
			else if (name.equals("script")) {
				assertThat(element.attr("src")).as("script must be a same-origin file: %s", element).matches("/[^/].*");
				assertThat(element.data()).as("inline script %s", element).isBlank();
			}
			if (name.equals("meta")) {
				assertThat(element.hasAttr("http-equiv")).as("meta http-equiv %s", element).isFalse();
			}
			if (name.equals("link")) {
				assertThat(element.attr("href")).as("link must be same-origin: %s", element).matches(SAME_ORIGIN);
			}
			assertSafeAttributes(element);
		}
		for (Element picture : page.select("svg")) {
			assertThat(picture.closest(".prose")).as("picture inside a rendered body: %s", picture).isNull();
			picture.select("*").forEach((element) -> assertThat(PICTURE_ELEMENTS)
				.as("element <%s> in picture %s", element.normalName(), picture).contains(element.normalName()));
		}
		page.select(".prose").forEach((prose) -> assertBody(prose.html()));
	}

	/**
	 * The page's JSON-LD, a data block no browser runs: it must be one JSON document, and no text in
	 * it may end the element early or open another ({@code <} is always written as an escape).
	 */
	private static void assertLinkedData(Element script) {
		assertThat(script.hasAttr("src")).as("JSON-LD with src %s", script).isFalse();
		assertThat(script.data()).as("markup in JSON-LD %s", script).doesNotContain("<");
		assertThat(JsonMapper.builder().build().readTree(script.data()).isObject()).as("JSON-LD %s", script).isTrue();
	}

	/** A rendered body: only the sanitizer's elements, and safe attributes. */
	public static void assertBody(String html) {
		for (Element element : Jsoup.parseBodyFragment(html).body().children().select("*")) {
			assertThat(BODY_ELEMENTS).as("element <%s> in %s", element.normalName(), html)
				.contains(element.normalName());
			assertSafeAttributes(element);
		}
	}

	private static void assertSafeAttributes(Element element) {
		for (Attribute attribute : element.attributes()) {
			String name = attribute.getKey().toLowerCase(Locale.ROOT);
			assertThat(name).as("attribute in %s", element).doesNotStartWith("on").isNotIn("style", "srcdoc");
			if (URL_ATTRIBUTES.contains(name)) {
				String url = IGNORED_IN_SCHEME.matcher(attribute.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
				assertThat(url).as("%s in %s", name, element)
					.doesNotStartWith("javascript:")
					.doesNotStartWith("vbscript:")
					.doesNotStartWith("data:");
			}
		}
	}

}
