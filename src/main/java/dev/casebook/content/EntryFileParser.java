package dev.casebook.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.vladsch.flexmark.util.ast.Document;
import dev.casebook.core.Kind;
import dev.casebook.core.Problem;
import dev.casebook.core.Rule;
import org.springframework.stereotype.Component;

/**
 * Turns one file's bytes into a {@link ParsedEntry}: strict UTF-8, front matter between
 * {@code ---} lines (or, as Docusaurus allows, none: a {@code # Title} heading and a first
 * paragraph), Markdown body. A file is read as far as it can be, so that one pass reports every
 * problem it has; an entry with an error is checked against the others but never served.
 */
@Component
public class EntryFileParser {

	/** Larger files are refused rather than parsed. */
	static final int MAX_BYTES = 1024 * 1024;

	private final Markdown markdown;

	public EntryFileParser(Markdown markdown) {
		this.markdown = markdown;
	}

	/**
	 * The outcome of parsing one file: the entry when its front matter could be read at all, and
	 * every problem found.
	 */
	public record Result(Optional<ParsedEntry> entry, List<Problem> problems) {

		static Result failed(Problem problem) {
			return new Result(Optional.empty(), List.of(problem));
		}

		/** Whether the entry can be served: read without an error, and not a draft. */
		public boolean usable() {
			return this.entry.isPresent() && !this.entry.get().matter().draft()
					&& this.problems.stream().noneMatch(Problem::isError);
		}

	}

	public Result parse(String file, Kind kind, byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			return Result.failed(Rule.TOO_LARGE.at(file, 0, Rule.TOO_LARGE.example()));
		}
		Optional<String> decoded = decode(bytes);
		if (decoded.isEmpty()) {
			return Result.failed(Rule.NOT_UTF8.at(file, firstBadLine(bytes), Rule.NOT_UTF8.example()));
		}
		String text = decoded.get().startsWith("\uFEFF") ? decoded.get().substring(1) : decoded.get();
		String digest = digest(bytes);
		List<String> lines = text.lines().toList();
		List<Problem> problems = new ArrayList<>();
		if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
			Optional<ParsedEntry> entry = TitledBody.read(file, kind, text, digest, this.markdown, problems);
			return new Result(entry, List.copyOf(problems));
		}
		int close = 1;
		while (close < lines.size() && !lines.get(close).strip().equals("---")) {
			close++;
		}
		if (close == lines.size()) {
			return Result.failed(Rule.FRONT_MATTER_NOT_CLOSED.at(file, 1, Rule.FRONT_MATTER_NOT_CLOSED.example()));
		}
		String yaml = String.join("\n", lines.subList(1, close));
		String slug = Slugs.ofFile(file);
		FrontMatter matter = FrontMatterReader.read(yaml, 2, file, kind, slug, problems)
			.orElseGet(() -> FrontMatter.bare(kind, slug));
		String body = "\n".repeat(close + 1) + String.join("\n", lines.subList(close + 1, lines.size()));
		if (body.isBlank()) {
			problems.add(Rule.EMPTY_BODY.at(file, close + 1, Rule.EMPTY_BODY.example()));
		}
		Document document = BodyLimits.read(file, body, this.markdown, problems);
		return new Result(Optional.of(new ParsedEntry(file, kind, matter, document, digest)), List.copyOf(problems));
	}

	/** The SHA-256 of {@code bytes}, in hex. */
	static String digest(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			// every Java runtime provides SHA-256
			throw new IllegalStateException(ex);
		}
	}

	private static Optional<String> decode(byte[] bytes) {
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString());
		}
		catch (CharacterCodingException ex) {
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

}
