package dev.casebook.content;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocBlock;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.casebook.model.Entry;
import org.springframework.stereotype.Component;

/**
 * The flexmark parser and renderer, built once and shared (both are thread-safe): CommonMark with
 * tables, autolinks, heading anchors, {@code [TOC]} and {@code [[wiki links]]}. Raw HTML in a body
 * is escaped, and every rendered body passes through the {@link SafeHtml} allow-list. A body is
 * rendered for a page whose {@code h1} is the entry's title: if the body has level-1 headings, every
 * heading moves one level down; a body with {@value #TOC_MIN_HEADINGS} or more headings and no
 * {@code [TOC]} of its own gets one before its first top-level heading.
 */
@Component
public final class Markdown {

	static final int TOC_MIN_HEADINGS = 3;

	private final Parser parser;

	private final HtmlRenderer renderer;

	public Markdown() {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS,
				List.of(TablesExtension.create(), AutolinkExtension.create(), AnchorLinkExtension.create(),
						TocExtension.create(), WikiLinkExtension.create(), new EntryLinkRenderer.Extension()));
		options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
		options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
		options.set(HtmlRenderer.RENDER_HEADER_ID, true);
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false);
		options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
		options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor");
		options.set(TocExtension.LEVELS, 2 | 4 | 8);
		options.set(TocExtension.TITLE, "Contents");
		options.set(TocExtension.TITLE_LEVEL, 2);
		options.set(TocExtension.DIV_CLASS, "toc");
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
	}

	Document parse(String text) {
		return this.parser.parse(text);
	}

	/** Every link in the body as written, in order, with its 1-based line; not yet resolved (see {@link WrittenLinks}). */
	List<WrittenLink> written(Document document) {
		return WrittenLinks.in(document);
	}

	/**
	 * A body rendered for its page, as the plain text search reads, and the sources it numbers.
	 *
	 * @param contents the body's table of contents, rendered on its own for the page to place (empty
	 * when the body has none)
	 * @param citations the slugs of the sources numbered on the page, in the order of their numbers
	 */
	record Rendered(String html, String contents, String text, List<String> citations) {

		void writeTo(Entry entry) {
			entry.setBody(this.html, this.contents, this.text, this.citations);
		}

	}

	/**
	 * Renders a body whose page has already cited {@code citedAbove} (in that order) above it, so that
	 * its own citations number on from them.
	 */
	Rendered render(Document document, LinkTargets targets, String file, List<String> citedAbove) {
		Citations citations = new Citations(citedAbove);
		document.set(EntryLinkRenderer.SCOPE, new EntryLinkRenderer.Scope(targets, file, citations));
		fitToPage(document);
		TocBlock toc = null;
		for (Node node : document.getDescendants()) {
			if (node instanceof TocBlock block) {
				toc = block;
				break;
			}
		}
		if (toc == null) {
			return new Rendered(SafeHtml.sanitize(this.renderer.render(document)), "", plainText(document, targets),
					citations.order());
		}
		// The page places the table of contents itself, so the body is rendered without it; the block
		// goes back where it was written, for the next rendering of the same document.
		String contents = SafeHtml.sanitize(this.renderer.render(toc));
		Node parent = toc.getParent();
		Node next = toc.getNext();
		toc.unlink();
		Rendered rendered = new Rendered(SafeHtml.sanitize(this.renderer.render(document)), contents,
				plainText(document, targets), citations.order());
		if (next != null) {
			next.insertBefore(toc);
		}
		else {
			parent.appendChild(toc);
		}
		return rendered;
	}

	/** Makes room for the page title and gives long bodies a table of contents; safe to repeat. */
	private void fitToPage(Document document) {
		List<Heading> headings = new ArrayList<>();
		boolean hasToc = false;
		for (Node node : document.getDescendants()) {
			if (node instanceof Heading heading) {
				headings.add(heading);
			}
			hasToc |= node instanceof TocBlock;
		}
		if (headings.stream().anyMatch((heading) -> heading.getLevel() == 1)) {
			headings.forEach((heading) -> heading.setLevel(Math.min(heading.getLevel() + 1, 6)));
		}
		if (!hasToc && headings.size() >= TOC_MIN_HEADINGS) {
			Node first = headings.stream().filter((heading) -> heading.getParent() == document).findFirst().orElse(null);
			if (first != null) {
				Node toc = this.parser.parse("[TOC]\n").getFirstChild();
				toc.unlink();
				first.insertBefore(toc);
			}
		}
	}

	/** The text as it reads, without markup, for full-text search and its snippets (see {@link PlainText}). */
	String plainText(Node node, LinkTargets targets) {
		return PlainText.of(node, targets);
	}

	/** A link as written in a body and what it points at. */
	record BodyLink(String written, LinkTargets.Link link, int line) {
	}

	/** A link as written in a body: a wiki link's name or a Markdown link's URL. */
	record WrittenLink(String written, boolean wiki, String target, int line) {

		BodyLink resolve(LinkTargets targets, String file) {
			return new BodyLink(this.written, this.wiki ? targets.wiki(this.target) : targets.href(this.target, file),
					this.line);
		}

	}

}
