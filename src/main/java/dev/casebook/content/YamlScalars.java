package dev.casebook.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.casebook.core.Rule;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Single front-matter values that are more than text: whole numbers, {@code true} or {@code false},
 * dates and web addresses. A value of the wrong type is reported on its line and read as absent.
 */
final class YamlScalars {

	private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ].+");

	private YamlScalars() {
	}

	static Optional<Integer> integer(YamlFields fields, String key) {
		return fields.scalar(key, "a whole number").flatMap((node) -> {
			try {
				return Optional.of(Integer.parseInt(node.getValue().strip()));
			}
			catch (NumberFormatException ex) {
				fields.error(fields.lineOf(node), Rule.WRONG_TYPE,
						"'" + key + "' must be a whole number, not '" + node.getValue() + "'");
				return Optional.empty();
			}
		});
	}

	static Optional<Boolean> bool(YamlFields fields, String key) {
		return fields.scalar(key, "true or false").flatMap((node) -> {
			if (node.getTag().equals(Tag.BOOL)) {
				return Optional.of(Boolean.parseBoolean(node.getValue().strip().toLowerCase()));
			}
			fields.error(fields.lineOf(node), Rule.WRONG_TYPE,
					"'" + key + "' must be true or false, not '" + node.getValue() + "'");
			return Optional.empty();
		});
	}

	/** Whether {@code key} holds {@code true} or {@code false}; reads nothing. */
	static boolean isBoolean(YamlFields fields, String key) {
		Node node = fields.peek(key);
		return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL);
	}

	static Optional<LocalDate> date(YamlFields fields, String key) {
		return fields.scalar(key, "a date").flatMap((node) -> {
			try {
				String value = node.getValue().strip();
				// Hugo and Jekyll write date-times (2021-03-17T10:00:00Z, 2021-03-17 10:00); the day is what counts
				return Optional.of(LocalDate.parse(DATE_TIME.matcher(value).matches() ? value.substring(0, 10) : value));
			}
			catch (DateTimeParseException ex) {
				fields.error(fields.lineOf(node), Rule.WRONG_TYPE,
						"'" + key + "' must be a date like 2024-05-31, not '" + node.getValue() + "'");
				return Optional.empty();
			}
		});
	}

	/**
	 * An absolute http or https address. Anything else ({@code javascript:}, {@code data:}, a relative
	 * path) is reported and read as absent, so it is never linked.
	 */
	static String webAddress(YamlFields fields, String key) {
		Optional<String> value = fields.string(key);
		if (value.isPresent() && !isWebAddress(value.get())) {
			fields.error(fields.lineOf(key), Rule.BAD_ADDRESS,
					"'" + key + "' must be an http or https address; it is not shown");
			return "";
		}
		return value.orElse("");
	}

	private static boolean isWebAddress(String value) {
		try {
			URI uri = new URI(value);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
