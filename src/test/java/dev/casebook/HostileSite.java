package dev.casebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.casebook.content.HostileContent;
import dev.casebook.content.XssPayloads;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a real port, serving a content folder written at test time: the hostile files
 * of {@link HostileContent} plus entries carrying every XSS payload in every front-matter value and
 * body construct. Subclasses share one application context.
 */
@SlowSuite
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class HostileSite {

	/** The written content folder, deleted when the JVM exits. */
	protected static final Path CONTENT = write();

	/** Pages of the entries that carry the payloads. */
	protected static final List<String> XSS_PAGES = List.of("/companies/xss-co", "/sources/xss-source", "/tags/xss",
			"/tools", "/companies", "/sources", "/tags", "/");

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void contentDir(DynamicPropertyRegistry registry) {
		registry.add("casebook.content-dir", CONTENT::toString);
	}

	/** Every tool page written from a payload. */
	protected static List<String> payloadToolPages() {
		List<String> pages = new ArrayList<>();
		for (int i = 0; i < XssPayloads.all().size(); i++) {
			pages.add("/tools/xss-" + i);
		}
		return pages;
	}

	private static Path write() {
		try {
			Path root = Files.createTempDirectory("casebook-hostile");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
			Path content = HostileContent.write(root);
			Files.createDirectories(content.resolve("sources"));
			List<String> payloads = XssPayloads.all();
			StringBuilder metrics = new StringBuilder();
			for (int i = 0; i < payloads.size(); i++) {
				String p = payloads.get(i);
				String s = p.substring(0, Math.min(p.length(), 200));
				Files.writeString(content.resolve("tools/xss-" + i + ".md"), "---\ntitle: " + quoted("Xss " + i + " " + s)
						+ "\nsummary: " + quoted(p) + "\ntags: [xss]\naliases: [" + quoted("alias " + i + " " + s)
						+ "]\ncategory: " + quoted(s) + "\nwebsite: " + quoted(s) + "\ncompanies: [xss-co]\n---\n" + p
						+ "\n\n## " + p + "\n\n[" + p + "](https://example.org) [x](" + p + ") ![x](" + p + ") [[" + p
						+ "]]\n");
				metrics.append("  - {name: ").append(quoted(s)).append(", value: ").append(quoted(s)).append(", unit: ")
					.append(quoted(s)).append(", as_of: 2020, source: xss-source}\n");
			}
			String p = payloads.get(0);
			Files.writeString(content.resolve("companies/xss-co.md"), "---\ntitle: Xss Co\nsummary: " + quoted(p)
					+ "\ntags: [xss]\nindustry: " + quoted(p) + "\nsources: [xss-source]\nmetrics:\n" + metrics
					+ "timeline:\n  - {date: 2020, event: " + quoted(p) + ", source: xss-source}\n---\nBody " + p + "\n");
			Files.writeString(content.resolve("sources/xss-source.md"), "---\ntitle: Xss Source\nsummary: S.\ntags: [xss]"
					+ "\nurl: 'javascript:alert(1)'\nauthor: " + quoted(p) + "\npublisher: " + quoted(p) + "\n---\nBody.\n");
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A YAML double-quoted scalar holding {@code text} exactly. */
	private static String quoted(String text) {
		StringBuilder yaml = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				yaml.append('\\').append(c);
			}
			else if (c < 0x20 || c == 0x7f) {
				yaml.append(String.format("\\x%02x", (int) c));
			}
			else {
				yaml.append(c);
			}
		}
		return yaml.append('"').toString();
	}

	private static void delete(Path root) {
		try (Stream<Path> walk = Files.walk(root)) {
			walk.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder; the OS cleans it up eventually
		}
	}

}
