package dev.casebook.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Writes a content folder of hostile files next to good entries, at test time (nothing big is
 * committed). {@link #EXPECTED} says which problem each hostile file must be reported with;
 * {@link #SERVED} lists the good and the merely large entries, which must index and serve.
 */
public final class HostileContent {

	/** Hostile file, and the start of the problem it is reported with ({@code path:line: error: …}). */
	public static final Map<String, String> EXPECTED = expected();

	/** Entries that index: slug and path. */
	public static final Map<String, String> SERVED = Map.of("good-co", "/companies/good-co", "good-tool",
			"/tools/good-tool", "crlf", "/tools/crlf", "bom", "/tools/bom", "hundred-thousand-lines",
			"/tools/hundred-thousand-lines", "many-links", "/tools/many-links");

	private static Map<String, String> expected() {
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("tools/alias-bomb.md", "tools/alias-bomb.md:2: error: malformed front matter: YAML aliases are used too often");
		expected.put("tools/deep-yaml.md", "tools/deep-yaml.md:2: error: malformed front matter: nested more than 16 levels deep");
		expected.put("tools/huge-front-matter.md",
				"tools/huge-front-matter.md:2: error: malformed front matter: longer than 256 Ki characters");
		expected.put("tools/long-front-matter.md",
				"tools/long-front-matter.md:2: error: malformed front matter: longer than 256 Ki characters");
		expected.put("tools/invalid-utf8.md", "tools/invalid-utf8.md:3: error: file is not valid UTF-8 text");
		expected.put("tools/binary.md", "tools/binary.md:1: error: file is not valid UTF-8 text");
		expected.put("tools/ten-megabytes.md", "tools/ten-megabytes.md:0: error: file is larger than 1024 KiB");
		expected.put("practices/good-co.md", "practices/good-co.md:1: error: duplicate slug 'good-co'");
		expected.put("tools/escape.md", "tools/escape.md:0: error: symbolic link not followed");
		expected.put("tools/escape-folder", "tools/escape-folder:0: error: symbolic link not followed");
		expected.put("tools/many-links.md", "tools/many-links.md:6: error: unknown link target 'missing-0'");
		expected.put("tools/deep-markdown.md", "tools/deep-markdown.md:0: error: Markdown nested too deeply to read");
		expected.put("tools/nested-quotes.md", "tools/nested-quotes.md:6: error: Markdown nested more than 64 levels deep");
		expected.put("tools/dotted-run.md", "tools/dotted-run.md:7: error: a run of more than 500 letters");
		return Map.copyOf(expected);
	}

	private HostileContent() {
	}

	/** Writes the folder below {@code root}, with a folder outside it that symbolic links point at. */
	public static Path write(Path root) {
		try {
			Path content = root.resolve("content");
			Files.createDirectories(content.resolve("companies"));
			Files.createDirectories(content.resolve("tools"));
			Files.createDirectories(content.resolve("practices"));
			Path outside = Files.createDirectories(root.resolve("outside"));
			Files.writeString(outside.resolve("secret.md"), entry("Secret outside", "Never read."));
			writeGood(content);
			writeYaml(content);
			writeBytes(content);
			writeBig(content);
			Files.writeString(content.resolve("practices/good-co.md"), entry("Same slug", "Another folder."));
			Files.createSymbolicLink(content.resolve("tools/escape.md"), outside.resolve("secret.md"));
			Files.createSymbolicLink(content.resolve("tools/escape-folder"), outside);
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeGood(Path content) throws IOException {
		Files.writeString(content.resolve("companies/good-co.md"),
				"---\ntitle: Good Co\nsummary: Still served.\ntools: [good-tool]\n---\nUses [[good-tool]].\n");
		Files.writeString(content.resolve("tools/good-tool.md"), entry("Good Tool", "Still served too."));
		Files.writeString(content.resolve("tools/crlf.md"),
				"---\r\ntitle: Windows Lines\r\nsummary: CRLF.\r\n---\r\nBody with [[good-co]].\r\n");
		Files.write(content.resolve("tools/bom.md"),
				("\uFEFF" + entry("Byte Order Mark", "BOM.")).getBytes(StandardCharsets.UTF_8));
	}

	private static void writeYaml(Path content) throws IOException {
		StringBuilder bomb = new StringBuilder("---\ntitle: Bomb\nsummary: S.\na: &a [x, x, x, x, x, x, x, x, x]\n");
		for (char c = 'b'; c <= 'j'; c++) {
			bomb.append(c).append(": &").append(c).append(" [").append(("*" + (char) (c - 1) + ", ").repeat(9)).append("x]\n");
		}
		Files.writeString(content.resolve("tools/alias-bomb.md"), bomb + "---\nBody.\n");
		Files.writeString(content.resolve("tools/deep-yaml.md"),
				"---\ntitle: Deep\nsummary: S.\nnested: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n---\nBody.\n");
		Files.writeString(content.resolve("tools/huge-front-matter.md"),
				"---\ntitle: Huge\nsummary: " + "a".repeat(300_000) + "\n---\nBody.\n");
		Files.writeString(content.resolve("tools/long-front-matter.md"),
				"---\ntitle: Long\nsummary: S.\naliases:\n" + "- a\n".repeat(100_000) + "---\nBody.\n");
	}

	private static void writeBytes(Path content) throws IOException {
		byte[] text = entry("Latin-1", "S.").getBytes(StandardCharsets.UTF_8);
		byte[] bad = new byte[text.length + 2];
		int cut = entry("Latin-1", "S.").indexOf("summary: ") + "summary: ".length();
		System.arraycopy(text, 0, bad, 0, cut);
		bad[cut] = (byte) 0xC3;
		bad[cut + 1] = (byte) 0x28;
		System.arraycopy(text, cut, bad, cut + 2, text.length - cut);
		Files.write(content.resolve("tools/invalid-utf8.md"), bad);
		byte[] random = new byte[256 * 1024];
		new Random(9).nextBytes(random);
		Files.write(content.resolve("tools/binary.md"), random);
	}

	private static void writeBig(Path content) throws IOException {
		byte[] line = "Ten megabytes of text, one line after another.\n".getBytes(StandardCharsets.UTF_8);
		try (var out = Files.newOutputStream(content.resolve("tools/ten-megabytes.md"))) {
			out.write("---\ntitle: Ten\nsummary: S.\n---\n".getBytes(StandardCharsets.UTF_8));
			for (int written = 0; written < 10 * 1024 * 1024; written += line.length) {
				out.write(line);
			}
		}
		Files.writeString(content.resolve("tools/hundred-thousand-lines.md"),
				"---\ntitle: Many Lines\nsummary: S.\n---\n" + "Line.\n".repeat(100_000));
		StringBuilder links = new StringBuilder("---\ntitle: Many Links\nsummary: S.\n---\n\n");
		for (int i = 0; i < 20_000; i++) {
			links.append("[[missing-").append(i).append("]] [[good-tool]] ");
		}
		Files.writeString(content.resolve("tools/many-links.md"), links.append('\n').toString());
		Files.writeString(content.resolve("tools/nested-quotes.md"),
				"---\ntitle: Nested Quotes\nsummary: S.\n---\n\n" + "> ".repeat(200) + "quote\n");
		Files.writeString(content.resolve("tools/dotted-run.md"),
				"---\ntitle: Dotted\nsummary: S.\n---\n\nFine.\n" + "a.".repeat(100_000) + "\n");
		Files.writeString(content.resolve("tools/deep-markdown.md"), "---\ntitle: Deep Markdown\nsummary: S.\n---\n\n"
				+ "> ".repeat(20_000) + "quote\n\n" + "[".repeat(20_000) + "x" + "](y)".repeat(20_000) + "\n\n"
				+ "*".repeat(20_000) + "a" + "*".repeat(20_000) + "\n");
	}

	private static String entry(String title, String summary) {
		return "---\ntitle: " + title + "\nsummary: " + summary + "\n---\nBody.\n";
	}

}
