package dev.casebook.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The XSS corpus in {@code security/xss-payloads.txt}: one payload per line, written after the
 * OWASP filter-evasion patterns; a literal {@code \n} in a line stands for a line break.
 */
public final class XssPayloads {

	private XssPayloads() {
	}

	public static List<String> all() {
		try (InputStream in = XssPayloads.class.getResourceAsStream("/security/xss-payloads.txt")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return text.lines().filter((line) -> !line.isEmpty()).map((line) -> line.replace("\\n", "\n")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
