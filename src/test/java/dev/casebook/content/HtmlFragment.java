package dev.casebook.content;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A piece of HTML (a rendered body, a sanitised one, a snippet) parsed the way a browser would parse
 * it (jsoup), so tests assert on its elements, attributes and text rather than on how it is written.
 */
public final class HtmlFragment {

	private HtmlFragment() {
	}

	/** The fragment's elements and text, under a {@code body}. */
	public static Element parse(String html) {
		return Jsoup.parseBodyFragment(html).body();
	}

	/**
	 * The fragment as a tree of elements (name, attributes in any order, children) and texts, equal for
	 * two fragments exactly when a browser builds the same document from them, however each is
	 * written (quotes, self-closing tags, attribute order, escapes).
	 */
	public static List<Object> tree(String html) {
		return children(parse(html));
	}

	private static List<Object> children(Element element) {
		return element.childNodes().stream().map(HtmlFragment::node).filter((node) -> node != null).toList();
	}

	private static Object node(Node node) {
		if (node instanceof TextNode text) {
			return text.getWholeText();
		}
		if (node instanceof Element element) {
			Map<String, String> attributes = new TreeMap<>();
			for (Attribute attribute : element.attributes()) {
				attributes.put(attribute.getKey(), attribute.getValue());
			}
			return new Tag(element.normalName(), attributes, children(element));
		}
		return null;
	}

	/** An element of a {@link #tree}. */
	public record Tag(String name, Map<String, String> attributes, List<Object> children) {
	}

}
