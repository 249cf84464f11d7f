package dev.casebook.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.casebook.core.Problem;
import dev.casebook.core.Rule;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, line-aware access to one YAML mapping: its keys, the lines they stand on, which were read,
 * and its text values. Every wrong value is reported as a {@link Problem} on the line it stands on
 * and read as absent, so callers always get a value. {@link YamlScalars} reads numbers, booleans,
 * dates and web addresses, {@link YamlLists} lists and slug references.
 */
final class YamlFields {

	/** Longest value stored in a plain column (titles, names, addresses, list items). */
	static final int MAX_TEXT = 255;

	/** Longest summary or timeline event. */
	static final int MAX_LONG_TEXT = 2000;

	private static final Set<String> LONG_TEXT = Set.of("summary", "description", "event", "note", "ships", "trigger",
			"gate", "exposure", "configuration");

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
	boolean fits(String key, ScalarNode node) {
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

	String required(String key) {
		Optional<String> value = string(key);
		if (value.isEmpty() && !isWrongType(key) && !this.tooLong.contains(key)) {
			error(this.line, Rule.MISSING_KEY, "missing required key '" + key + "'");
		}
		return value.orElse("");
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

	/** The value of {@code key}, without counting the key as read; null when it is absent. */
	Node peek(String key) {
		return this.values.get(key);
	}

	/** The value of {@code key}, counting the key as read; empty when it is absent or null. */
	Optional<Node> read(String key) {
		this.read.add(key);
		Node node = this.values.get(key);
		return (node == null || isNull(node)) ? Optional.empty() : Optional.of(node);
	}

	/** The value of {@code key} when it is a single value; anything else is reported as not {@code expected}. */
	Optional<ScalarNode> scalar(String key, String expected) {
		return read(key).flatMap((node) -> {
			if (node instanceof ScalarNode scalar) {
				return Optional.of(scalar);
			}
			error(lineOf(node), Rule.WRONG_TYPE, "'" + key + "' must be " + expected);
			return Optional.empty();
		});
	}

	/** The fields of a mapping nested in this one, reporting their problems with this one's. */
	YamlFields nested(MappingNode mapping) {
		return new YamlFields(mapping, this.path, this.lineOffset, this.problems);
	}

	/** The fields of a mapping nested in this one, whose problems are not reported. */
	YamlFields nestedUnreported(MappingNode mapping) {
		return new YamlFields(mapping, this.path, this.lineOffset, new ArrayList<>());
	}

	private boolean isWrongType(String key) {
		Node node = this.values.get(key);
		return node != null && !isNull(node) && !(node instanceof ScalarNode);
	}

	int lineOf(Node node) {
		return this.lineOffset + node.getStartMark().getLine() + 1;
	}

	static boolean isNull(Node node) {
		return node.getTag().equals(Tag.NULL);
	}

}
