package dev.casebook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;
import org.springframework.web.util.HtmlUtils;

/**
 * A piece of entry text with the words that matched marked. Built from the highlighter's output,
 * whose marks are two private-use characters, so no markup of the entry's own can pass for a mark;
 * the text's headings and paragraphs stay apart.
 */
public record Snippet(List<Part> parts) {

	static final String START = "\uE000";

	static final String END = "\uE001";

	static final Snippet NONE = new Snippet(List.of());

	/** A run of text, marked as a match or not. */
	public record Part(String text, boolean marked) {
	}

	/** Paragraphs and headings are lines of the indexed text; a snippet keeps them apart with this. */
	static final String BLOCK_BREAK = " · ";

	static Snippet of(String highlighted) {
		String text = highlighted.strip().replaceAll("\\s*\n\\s*", BLOCK_BREAK);
		List<Part> parts = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		boolean marked = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == START.charAt(0) || c == END.charAt(0)) {
				add(parts, run, marked);
				marked = c == START.charAt(0);
			}
			else {
				run.append(c);
			}
		}
		add(parts, run, marked);
		return new Snippet(List.copyOf(parts));
	}

	public boolean isEmpty() {
		return this.parts.isEmpty();
	}

	/** HTML-escaped text in which only the marks are {@code <mark>} elements. */
	@JsonValue
	public String html() {
		return this.parts.stream()
			.map((part) -> part.marked() ? "<mark>" + HtmlUtils.htmlEscape(part.text()) + "</mark>"
					: HtmlUtils.htmlEscape(part.text()))
			.collect(Collectors.joining());
	}

	private static void add(List<Part> parts, StringBuilder run, boolean marked) {
		if (!run.isEmpty()) {
			parts.add(new Part(run.toString(), marked));
			run.setLength(0);
		}
	}

}
