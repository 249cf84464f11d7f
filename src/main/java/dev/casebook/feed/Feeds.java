package dev.casebook.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.casebook.relation.Node;
import dev.casebook.relation.RelationIndex;
import dev.casebook.web.FeedChannel;

/** Writes the Atom 1.0 feed and the sitemaps.org sitemap with a streaming XML writer, so all text is escaped. */
final class Feeds {

	static final String ATOM_NS = "http://www.w3.org/2005/Atom";

	static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** Pages that are not entries but belong in the sitemap. */
	private static final List<String> PAGES = List.of("/", "/companies", "/tools", "/practices", "/sources", "/tags",
			"/compare", "/practices/matrix", "/timeline", "/graph", "/explore");

	private Feeds() {
	}

	/**
	 * When an entry changed: when its file last changed, else when it was last reviewed (start of that
	 * day, UTC), else when it was last indexed.
	 */
	static Instant updated(Node node, Instant indexed) {
		return node.lastUpdated()
			.or(() -> node.lastReviewed().map((date) -> date.atStartOfDay(ZoneOffset.UTC).toInstant()))
			.orElse(indexed);
	}

	static String atom(String base, FeedChannel channel, List<Node> entries, Instant indexed) {
		return write((xml) -> {
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM_NS);
			element(xml, "id", base + channel.page());
			element(xml, "title", channel.title());
			element(xml, "updated", timestamp(entries.isEmpty() ? indexed : updated(entries.get(0), indexed)));
			link(xml, "self", base + channel.path());
			link(xml, "alternate", base + channel.page());
			xml.writeStartElement("author");
			element(xml, "name", "Casebook");
			xml.writeEndElement();
			for (Node node : entries) {
				xml.writeStartElement("entry");
				element(xml, "id", base + node.path());
				element(xml, "title", node.title());
				element(xml, "updated", timestamp(updated(node, indexed)));
				link(xml, "alternate", base + node.path());
				xml.writeStartElement("category");
				xml.writeAttribute("term", node.kind().key());
				xml.writeEndElement();
				element(xml, "summary", (node.summary() != null) ? node.summary() : node.title());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	static String sitemap(String base, RelationIndex index) {
		List<String[]> urls = new ArrayList<>();
		PAGES.forEach((page) -> urls.add(new String[] { page, null }));
		for (Node node : index.nodes()) {
			urls.add(new String[] { node.path(), node.lastUpdated()
				.map(Feeds::timestamp)
				.or(() -> node.lastReviewed().map(Object::toString))
				.orElse(null) });
		}
		index.nodes().stream().flatMap((node) -> node.tags().stream()).distinct().sorted()
			.forEach((tag) -> urls.add(new String[] { "/tags/" + tag, null }));
		return write((xml) -> {
			xml.writeStartElement("urlset");
			xml.writeDefaultNamespace(SITEMAP_NS);
			for (String[] url : urls) {
				xml.writeStartElement("url");
				element(xml, "loc", base + url[0]);
				if (url[1] != null) {
					element(xml, "lastmod", url[1]);
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	private interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	private static String write(Body body) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			body.write(xml);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write XML", ex);
		}
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeStartElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeEndElement();
	}

	private static String timestamp(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}
