package dev.casebook.content;

import java.util.List;
import java.util.Set;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.casebook.content.LinkTargets.Broken;
import dev.casebook.content.LinkTargets.Resolved;
import dev.casebook.core.Kind;

/**
 * Renders wiki links and Markdown links to entries as links to their pages (carrying the target's
 * kind and summary for the hover preview), a bare wiki link to a source as its number among the page's
 * references ({@code [3]}), and links to missing entries as visibly broken text rather than a dead link.
 */
final class EntryLinkRenderer implements NodeRenderer {

	/** The targets and the file being rendered, set on each document before it is rendered. */
	static final DataKey<Scope> SCOPE = new DataKey<>("CASEBOOK_LINK_SCOPE",
			new Scope(LinkTargets.EMPTY, "", new Citations(List.of())));

	record Scope(LinkTargets targets, String file, Citations citations) {
	}

	@Override
	public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
		return Set.of(new NodeRenderingHandler<>(WikiLink.class, this::renderWiki),
				new NodeRenderingHandler<>(Link.class, this::renderLink));
	}

	private void renderWiki(WikiLink node, NodeRendererContext context, HtmlWriter html) {
		Scope scope = SCOPE.get(context.getDocument());
		LinkTargets.Link link = scope.targets().wiki(node.getLink().toString());
		String text = node.getText().isNotNull() && !node.getText().isBlank() ? node.getText().toString() : null;
		if (link instanceof Resolved resolved && text == null && resolved.fragment().isEmpty()
				&& resolved.target().kind() == Kind.SOURCE) {
			cite(html, resolved.target(), scope.citations().number(resolved.target().slug()));
		}
		else if (link instanceof Resolved resolved) {
			open(html, resolved);
			html.text((text != null) ? text : resolved.target().title());
			html.tag("/a");
		}
		else {
			openBroken(html, node.getLink().toString());
			html.text((text != null) ? text : node.getLink().toString());
			html.tag("/span");
		}
	}

	private void renderLink(Link node, NodeRendererContext context, HtmlWriter html) {
		Scope scope = SCOPE.get(context.getDocument());
		LinkTargets.Link link = scope.targets().href(node.getUrl().toString(), scope.file());
		if (link instanceof Resolved resolved) {
			open(html, resolved);
			context.renderChildren(node);
			html.tag("/a");
		}
		else if (link instanceof Broken broken) {
			openBroken(html, broken.written());
			context.renderChildren(node);
			html.tag("/span");
		}
		else {
			context.delegateRender();
		}
	}

	private static void open(HtmlWriter html, Resolved resolved) {
		html.attr("href", resolved.href())
			.attr("class", "entry-link")
			.attr("data-kind", resolved.target().kind().key())
			.attr("data-summary", resolved.target().summary())
			.withAttr()
			.tag("a");
	}

	/** A bare link to a source: its number, pointing at the page's list of references. */
	private static void cite(HtmlWriter html, LinkTargets.Target source, int number) {
		html.tag("sup");
		html.attr("href", "#ref-" + number)
			.attr("class", "cite")
			.attr("data-kind", source.kind().key())
			.attr("data-summary", source.title() + ". " + source.summary())
			.withAttr()
			.tag("a");
		html.text("[" + number + "]");
		html.tag("/a");
		html.tag("/sup");
	}

	private static void openBroken(HtmlWriter html, String written) {
		html.attr("class", "broken-link").attr("title", "Broken link: no entry '" + written + "'").withAttr().tag("span");
	}

	/** Registers the renderer with flexmark. */
	static final class Extension implements HtmlRenderer.HtmlRendererExtension {

		@Override
		public void rendererOptions(MutableDataHolder options) {
		}

		@Override
		public void extend(HtmlRenderer.Builder builder, String rendererType) {
			builder.nodeRendererFactory((options) -> new EntryLinkRenderer());
		}

	}

}
