package dev.casebook.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import dev.casebook.content.Markdown.WrittenLink;

/** Collects the links of a parsed body as written, wiki links and Markdown links alike, with their lines. */
final class WrittenLinks {

	private WrittenLinks() {
	}

	/** Every link in the body as written, in order, with its 1-based line; not yet resolved. */
	static List<WrittenLink> in(Document document) {
		List<WrittenLink> links = new ArrayList<>();
		int[] lineStarts = lineStarts(document.getChars());
		NodeVisitor visitor = new NodeVisitor(
				new VisitHandler<>(WikiLink.class,
						(node) -> links.add(new WrittenLink(node.getChars().toString(), true, node.getLink().toString(),
								lineOf(lineStarts, node.getStartOffset())))),
				new VisitHandler<>(Link.class, (node) -> links.add(new WrittenLink(node.getChars().toString(), false,
						node.getUrl().toString(), lineOf(lineStarts, node.getStartOffset())))));
		visitor.visit(document);
		return links;
	}

	/** Where each line starts; with {@link #lineOf} a line costs a binary search, not a scan of the text. */
	private static int[] lineStarts(CharSequence text) {
		int[] starts = new int[16];
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		return Arrays.copyOf(starts, count);
	}

	/** The 1-based line holding {@code offset}. */
	private static int lineOf(int[] lineStarts, int offset) {
		int at = Arrays.binarySearch(lineStarts, offset);
		return (at >= 0) ? at + 1 : -at - 1;
	}

}
