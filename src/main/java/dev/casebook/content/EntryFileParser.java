package dev.casebook.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Turns one file's bytes into a {@link ParsedEntry}: strict UTF-8, front matter between
 * {@code ---} lines, Markdown body. A file with any error in its front matter is not used; its
 * problems say why.
 */
@Component
public class EntryFileParser {

	/** Larger files are refused rather than parsed. */
	static final int MAX_BYTES = 1024 * 1024;

	private final Markdown markdown;

	public EntryFileParser(Markdown markdown) {
		this.markdown = markdown;
	}

	/** The outcome of parsing one file: an entry when it is usable, and every problem found. */
	public record Result(Optional<ParsedEntry> entry, List<Problem> problems) {
	}

	public Result parse(String file, Kind kind, byte[] bytes) {
		List<Problem> problems = new ArrayList<>();
		Optional<ParsedEntry> entry = parse(file, kind, bytes, problems);
		return new Result(entry, List.copyOf(problems));
	}

	private Optional<ParsedEntry> parse(String file, Kind kind, byte[] bytes, List<Problem> problems) {
		if (bytes.length > MAX_BYTES) {
			problems.add(Problem.error(file, 0, "file is larger than " + MAX_BYTES / 1024 + " KiB"));
			return Optional.empty();
		}
		Optional<String> decoded = decode(file, bytes, problems);
		if (decoded.isEmpty()) {
			return Optional.empty();
		}
		String text = decoded.get();
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<String> lines = text.lines().toList();
		if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
			problems.add(Problem.error(file, 1, "missing front matter: the file must start with a '---' line"));
			return Optional.empty();
		}
		int close = 1;
		while (close < lines.size() && !lines.get(close).strip().equals("---")) {
			close++;
		}
		if (close == lines.size()) {
			problems.add(Problem.error(file, 1, "front matter is not closed by a '---' line"));
			return Optional.empty();
		}
		String yaml = String.join("\n", lines.subList(1, close));
		String slug = fileSlug(file);
		Optional<FrontMatter> matter = FrontMatterReader.read(yaml, 2, file, kind, slug, problems);
		String body = "\n".repeat(close + 1) + String.join("\n", lines.subList(close + 1, lines.size()));
		if (body.isBlank()) {
			problems.add(Problem.error(file, close + 1, "empty body: write at least one paragraph"));
		}
		if (matter.isEmpty() || problems.stream().anyMatch(Problem::isError)) {
			return Optional.empty();
		}
		BodyLimits.Result parsed = BodyLimits.parse(file, body, () -> this.markdown.parse(body));
		if (parsed.problem() != null) {
			problems.add(parsed.problem());
			return Optional.empty();
		}
		return Optional.of(new ParsedEntry(file, kind, matter.get(), parsed.document()));
	}

	private static Optional<String> decode(String file, byte[] bytes, List<Problem> problems) {
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString());
		}
		catch (CharacterCodingException ex) {
			problems.add(Problem.error(file, firstBadLine(bytes), "file is not valid UTF-8 text"));
			return Optional.empty();
		}
	}

	private static int firstBadLine(byte[] bytes) {
		int line = 1;
		int start = 0;
		for (int i = 0; i <= bytes.length; i++) {
			if (i == bytes.length || bytes[i] == '\n') {
				try {
					StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, i - start));
				}
				catch (CharacterCodingException ex) {
					return line;
				}
				line++;
				start = i + 1;
			}
		}
		return line;
	}

	private static String fileSlug(String file) {
		String name = file.substring(file.lastIndexOf('/') + 1);
		return name.substring(0, name.length() - ".md".length());
	}

}
