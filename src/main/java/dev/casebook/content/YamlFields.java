package dev.casebook.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.casebook.core.Problem;
import dev.casebook.core.Rule;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, line-aware access to one YAML mapping. Every wrong value is reported as a
 * {@link Problem} on the line it stands on and read as absent, so callers always get a value.
 */
final class YamlFields {

	/** Longest value stored in a plain column (titles, names, addresses, list items). */
	static final int MAX_TEXT = 255;

	/** Longest summary or timeline event. */
	static final int MAX_LONG_TEXT = 2000;

	private static final Set<String> LONG_TEXT = Set.of("summary", "description", "event", "note", "ships", "trigger",
			"gate", "exposure", "configuration");

	private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ].+");

	private final String path;

	private final int lineOffset;

	private final int line;

	private final List<Problem> problems;

	private final Map<String, Node> values = new LinkedHashMap<>();

	private final Map<String, Integer> keyLines = new LinkedHashMap<>();

	private final Set<String> read = new LinkedHashSet<>();

	private final Set<String> tooLong = new LinkedHashSet<>();

	YamlFields(MappingNode mapping, String path, int lineOffset, List<Problem> problems) {
		this.path = path;
		this.lineOffset = lineOffset;
		this.problems = problems;
		this.line = lineOf(mapping);
		for (NodeTuple tuple : mapping.getValue()) {
			int keyLine = lineOf(tuple.getKeyNode());
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				error(keyLine, Rule.WRONG_TYPE, "a front-matter key must be plain text");
				continue;
			}
			if (this.values.containsKey(key.getValue())) {
				error(keyLine, Rule.DUPLICATE_KEY, "duplicate key '" + key.getValue() + "'");
				continue;
			}
			this.values.put(key.getValue(), tuple.getValueNode());
			this.keyLines.put(key.getValue(), keyLine);
		}
	}

	int line() {
		return this.line;
	}

	int lineOf(String key) {
		return this.keyLines.getOrDefault(key, this.line);
	}

	boolean has(String key) {
		return this.values.containsKey(key) && !isNull(this.values.get(key));
	}

	Optional<String> string(String key) {
		return scalar(key, "text").filter((node) -> fits(key, node))
			.map(ScalarNode::getValue)
			.map(String::strip)
			.filter((s) -> !s.isEmpty());
	}

	/** Whether a value fits the column it is stored in; a longer one is an error on its line. */
	private boolean fits(String key, ScalarNode node) {
		int max = LONG_TEXT.contains(key) ? MAX_LONG_TEXT : MAX_TEXT;
		if (node.getValue().strip().length() <= max) {
			return true;
		}
		this.tooLong.add(key);
		error(lineOf(node), Rule.TOO_LONG, "'" + key + "' is longer than " + max + " characters");
		return false;
	}

	String text(String key) {
		return string(key).orElse("");
	}

	/**
	 * An absolute http or https address. Anything else ({@code javascript:}, {@code data:}, a relative
	 * path) is reported and read as absent, so it is never linked.
	 */
	String webAddress(String key) {
		Optional<String> value = string(key);
		if (value.isPresent() && !isWebAddress(value.get())) {
			this.problems.add(Rule.BAD_ADDRESS.at(this.path, lineOf(key),
					"'" + key + "' must be an http or https address; it is not shown"));
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

	String required(String key) {
		Optional<String> value = string(key);
		if (value.isEmpty() && !isWrongType(key) && !this.tooLong.contains(key)) {
			error(this.line, Rule.MISSING_KEY, "missing required key '" + key + "'");
		}
		return value.orElse("");
	}

	Optional<Integer> integer(String key) {
		return scalar(key, "a whole number").flatMap((node) -> {
			try {
				return Optional.of(Integer.parseInt(node.getValue().strip()));
			}
			catch (NumberFormatException ex) {
				error(lineOf(node), Rule.WRONG_TYPE, "'" + key + "' must be a whole number, not '" + node.getValue() + "'");
				return Optional.empty();
			}
		});
	}

	Optional<Boolean> bool(String key) {
		return scalar(key, "true or false").flatMap((node) -> {
			if (node.getTag().equals(Tag.BOOL)) {
				return Optional.of(Boolean.parseBoolean(node.getValue().strip().toLowerCase()));
			}
			error(lineOf(node), Rule.WRONG_TYPE, "'" + key + "' must be true or false, not '" + node.getValue() + "'");
			return Optional.empty();
		});
	}

	Optional<LocalDate> date(String key) {
		return scalar(key, "a date").flatMap((node) -> {
			try {
				String value = node.getValue().strip();
				// Hugo and Jekyll write date-times (2021-03-17T10:00:00Z, 2021-03-17 10:00); the day is what counts
				return Optional.of(LocalDate.parse(DATE_TIME.matcher(value).matches() ? value.substring(0, 10) : value));
			}
			catch (DateTimeParseException ex) {
				error(lineOf(node), Rule.WRONG_TYPE, "'" + key + "' must be a date like 2024-05-31, not '" + node.getValue() + "'");
				return Optional.empty();
			}
		});
	}

	/** A list of plain values; with {@code commaText} one comma-separated string is accepted too. */
	List<String> strings(String key, boolean commaText) {
		Node node = this.values.get(key);
		this.read.add(key);
		if (node == null || isNull(node)) {
			return List.of();
		}
		if (commaText && node instanceof ScalarNode scalar) {
			return Arrays.stream(scalar.getValue().split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
		}
		if (!(node instanceof SequenceNode sequence)) {
			error(lineOf(node), Rule.WRONG_TYPE, "'" + key + "' must be a list");
			return List.of();
		}
		List<String> result = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			if (item instanceof ScalarNode scalar && !isNull(scalar) && !scalar.getValue().isBlank()) {
				if (fits(key, scalar)) {
					result.add(scalar.getValue().strip());
				}
			}
			else {
				error(lineOf(item), Rule.WRONG_TYPE, "each item of '" + key + "' must be plain text");
			}
		}
		return result;
	}

	/**
	 * Tags as other tools write them too: a list, one comma-separated string, or Docusaurus'
	 * {@code {label: ..., permalink: ...}} items, whose label is the tag.
	 */
	List<String> tags(String key) {
		Node node = this.values.get(key);
		if (node instanceof SequenceNode sequence && sequence.getValue().stream().anyMatch(MappingNode.class::isInstance)) {
			this.read.add(key);
			List<String> labels = new ArrayList<>();
			for (Node item : sequence.getValue()) {
				Optional<String> label = (item instanceof MappingNode mapping)
						? new YamlFields(mapping, this.path, this.lineOffset, new ArrayList<>()).string("label")
						: (item instanceof ScalarNode scalar) ? Optional.of(scalar.getValue().strip()) : Optional.empty();
				label.filter((text) -> !text.isEmpty()).ifPresentOrElse(labels::add,
						() -> error(lineOf(item), Rule.WRONG_TYPE, "each item of '" + key + "' must be a tag or have a 'label'"));
			}
			return labels;
		}
		return strings(key, true);
	}

	/** Whether {@code key} holds {@code true} or {@code false}; reads nothing. */
	boolean isBoolean(String key) {
		Node node = this.values.get(key);
		return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL);
	}

	List<Ref> refs(String key) {
		Node node = this.values.get(key);
		List<String> slugs = strings(key, false);
		if (!(node instanceof SequenceNode sequence)) {
			return List.of();
		}
		List<Ref> refs = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			if (item instanceof ScalarNode scalar && slugs.contains(scalar.getValue().strip())) {
				refs.add(new Ref(scalar.getValue().strip(), lineOf(item)));
			}
		}
		return refs;
	}

	Optional<Ref> ref(String key) {
		return string(key).map((slug) -> new Ref(slug, lineOf(this.values.get(key))));
	}

	/** A list of mappings, each read by {@code reader}. */
	<T> List<T> objects(String key, Function<YamlFields, Optional<T>> reader) {
		Node node = this.values.get(key);
		this.read.add(key);
		if (node == null || isNull(node)) {
			return List.of();
		}
		if (!(node instanceof SequenceNode sequence)) {
			error(lineOf(node), Rule.WRONG_TYPE, "'" + key + "' must be a list");
			return List.of();
		}
		List<T> result = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			if (item instanceof MappingNode mapping) {
				YamlFields fields = new YamlFields(mapping, this.path, this.lineOffset, this.problems);
				reader.apply(fields).ifPresent(result::add);
				fields.warnUnread("in '" + key + "'");
			}
			else {
				error(lineOf(item), Rule.WRONG_TYPE, "each item of '" + key + "' must be a mapping of keys to values");
			}
		}
		return result;
	}

	/** Warns about every key no getter asked for. */
	void warnUnread(String where) {
		this.values.keySet()
			.stream()
			.filter((key) -> !this.read.contains(key))
			.forEach((key) -> this.problems
				.add(Rule.UNKNOWN_KEY.at(this.path, lineOf(key), "unknown front-matter key '" + key + "' " + where)));
	}

	void error(int line, Rule rule, String message) {
		this.problems.add(rule.at(this.path, line, message));
	}

	void warning(int line, Rule rule, String message) {
		this.problems.add(rule.at(this.path, line, message));
	}

	private Optional<ScalarNode> scalar(String key, String expected) {
		Node node = this.values.get(key);
		this.read.add(key);
		if (node == null || isNull(node)) {
			return Optional.empty();
		}
		if (node instanceof ScalarNode scalar) {
			return Optional.of(scalar);
		}
		error(lineOf(node), Rule.WRONG_TYPE, "'" + key + "' must be " + expected);
		return Optional.empty();
	}

	private boolean isWrongType(String key) {
		Node node = this.values.get(key);
		return node != null && !isNull(node) && !(node instanceof ScalarNode);
	}

	private int lineOf(Node node) {
		return this.lineOffset + node.getStartMark().getLine() + 1;
	}

	private static boolean isNull(Node node) {
		return node.getTag().equals(Tag.NULL);
	}

}
