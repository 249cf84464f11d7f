package dev.casebook.content;

import java.util.List;
import java.util.Optional;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.casebook.core.Kind;
import dev.casebook.core.Problem;
import dev.casebook.core.Rule;

/**
 * A file without front matter, as Docusaurus reads one: the title is its leading {@code # Title}
 * heading and the summary its first paragraph. Anything else without front matter is a problem.
 */
final class TitledBody {

	/** Summaries taken from a paragraph are cut, at a sentence or word end, to about this length. */
	static final int SUMMARY_LENGTH = 300;

	private TitledBody() {
	}

	static Optional<ParsedEntry> read(String file, Kind kind, String text, String digest, Markdown markdown,
			List<Problem> problems) {
		Optional<String> heading = text.lines().filter((line) -> !line.isBlank()).findFirst()
			.filter((line) -> line.startsWith("# "));
		if (heading.isEmpty()) {
			problems.add(Rule.NO_FRONT_MATTER.at(file, 1, Rule.NO_FRONT_MATTER.example()));
			return Optional.empty();
		}
		Document document = BodyLimits.read(file, text, markdown, problems);
		Node first = document.getFirstChild();
		if (!(first instanceof Heading title) || title.getLevel() != 1) {
			return Optional.empty();
		}
		String name = markdown.plainText(title, LinkTargets.EMPTY).strip();
		title.unlink();
		Optional<String> summary = firstParagraph(document).map((paragraph) -> markdown.plainText(paragraph, LinkTargets.EMPTY))
			.map(TitledBody::shorten);
		if (summary.isEmpty()) {
			problems.add(Rule.MISSING_KEY.at(file, 1,
					"no front matter and no paragraph to take a summary from: add front matter with a 'summary'"));
		}
		return Optional.of(new ParsedEntry(file, kind,
				FrontMatter.titled(kind, Slugs.ofFile(file), name, summary.orElse("")), document, digest));
	}

	private static Optional<Node> firstParagraph(Document document) {
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Paragraph) {
				return Optional.of(node);
			}
		}
		return Optional.empty();
	}

	static String shorten(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		if (flat.length() <= SUMMARY_LENGTH) {
			return flat;
		}
		int sentence = flat.lastIndexOf(". ", SUMMARY_LENGTH);
		if (sentence > SUMMARY_LENGTH / 3) {
			return flat.substring(0, sentence + 1);
		}
		int word = flat.lastIndexOf(' ', SUMMARY_LENGTH);
		return flat.substring(0, (word > 0) ? word : SUMMARY_LENGTH) + "…";
	}

}
