package dev.casebook.content;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The text of a parsed body as it reads, without markup, for full-text search and its snippets:
 * the text of every node, one line per block. A wiki link reads as its own text, or else as the
 * title of the entry it reaches (as written when it reaches none), as on the page.
 */
final class PlainText {

	private PlainText() {
	}

	static String of(Node node, LinkTargets targets) {
		StringBuilder out = new StringBuilder();
		collect(node, targets, out);
		return out.toString().replaceAll("[ \\t]+", " ").replaceAll(" ?\n[\\s]*", "\n").strip();
	}

	private static void collect(Node node, LinkTargets targets, StringBuilder out) {
		if (node instanceof WikiLink wiki) {
			if (!wiki.getText().isBlank()) {
				out.append(wiki.getText());
			}
			else if (targets.wiki(wiki.getLink().toString()) instanceof LinkTargets.Resolved resolved) {
				out.append(resolved.target().title());
			}
			else {
				out.append(wiki.getLink());
			}
			return;
		}
		if (node instanceof Text || node instanceof HtmlInline || node instanceof HtmlBlock) {
			out.append(node.getChars());
		}
		else if (node instanceof SoftLineBreak || node instanceof HardLineBreak || node instanceof TableCell) {
			out.append(' ');
		}
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			collect(child, targets, out);
		}
		if (node instanceof Block) {
			out.append('\n');
		}
	}

}
