package dev.casebook.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.casebook.core.Rule;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Front-matter lists (of plain values, tags or mappings) and the slugs that reference other
 * entries, each with its line. A wrong item is reported on its line and left out.
 */
final class YamlLists {

	private YamlLists() {
	}

	/** A list of plain values; with {@code commaText} one comma-separated string is accepted too. */
	static List<String> strings(YamlFields fields, String key, boolean commaText) {
		Optional<Node> value = fields.read(key);
		if (value.isEmpty()) {
			return List.of();
		}
		Node node = value.get();
		if (commaText && node instanceof ScalarNode scalar) {
			return Arrays.stream(scalar.getValue().split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
		}
		if (!(node instanceof SequenceNode sequence)) {
			fields.error(fields.lineOf(node), Rule.WRONG_TYPE, "'" + key + "' must be a list");
			return List.of();
		}
		List<String> result = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			if (item instanceof ScalarNode scalar && !YamlFields.isNull(scalar) && !scalar.getValue().isBlank()) {
				if (fields.fits(key, scalar)) {
					result.add(scalar.getValue().strip());
				}
			}
			else {
				fields.error(fields.lineOf(item), Rule.WRONG_TYPE, "each item of '" + key + "' must be plain text");
			}
		}
		return result;
	}

	/**
	 * Tags as other tools write them too: a list, one comma-separated string, or Docusaurus'
	 * {@code {label: ..., permalink: ...}} items, whose label is the tag.
	 */
	static List<String> tags(YamlFields fields, String key) {
		Node node = fields.peek(key);
		if (node instanceof SequenceNode sequence && sequence.getValue().stream().anyMatch(MappingNode.class::isInstance)) {
			fields.read(key);
			List<String> labels = new ArrayList<>();
			for (Node item : sequence.getValue()) {
				Optional<String> label = (item instanceof MappingNode mapping)
						? fields.nestedUnreported(mapping).string("label")
						: (item instanceof ScalarNode scalar) ? Optional.of(scalar.getValue().strip()) : Optional.empty();
				label.filter((text) -> !text.isEmpty()).ifPresentOrElse(labels::add, () -> fields.error(fields.lineOf(item),
						Rule.WRONG_TYPE, "each item of '" + key + "' must be a tag or have a 'label'"));
			}
			return labels;
		}
		return strings(fields, key, true);
	}

	static List<Ref> refs(YamlFields fields, String key) {
		Node node = fields.peek(key);
		List<String> slugs = strings(fields, key, false);
		if (!(node instanceof SequenceNode sequence)) {
			return List.of();
		}
		List<Ref> refs = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			if (item instanceof ScalarNode scalar && slugs.contains(scalar.getValue().strip())) {
				refs.add(new Ref(scalar.getValue().strip(), fields.lineOf(item)));
			}
		}
		return refs;
	}

	static Optional<Ref> ref(YamlFields fields, String key) {
		return fields.string(key).map((slug) -> new Ref(slug, fields.lineOf(fields.peek(key))));
	}

	/** A list of mappings, each read by {@code reader}. */
	static <T> List<T> objects(YamlFields fields, String key, Function<YamlFields, Optional<T>> reader) {
		Optional<Node> value = fields.read(key);
		if (value.isEmpty()) {
			return List.of();
		}
		if (!(value.get() instanceof SequenceNode sequence)) {
			fields.error(fields.lineOf(value.get()), Rule.WRONG_TYPE, "'" + key + "' must be a list");
			return List.of();
		}
		List<T> result = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			if (item instanceof MappingNode mapping) {
				YamlFields nested = fields.nested(mapping);
				reader.apply(nested).ifPresent(result::add);
				nested.warnUnread("in '" + key + "'");
			}
			else {
				fields.error(fields.lineOf(item), Rule.WRONG_TYPE,
						"each item of '" + key + "' must be a mapping of keys to values");
			}
		}
		return result;
	}

}
