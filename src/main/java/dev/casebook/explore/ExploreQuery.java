package dev.casebook.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import dev.casebook.core.Kind;
import dev.casebook.core.Suggestions;
import dev.casebook.relation.Node;
import dev.casebook.relation.Relation;
import dev.casebook.relation.RelationIndex;
import dev.casebook.web.BadParameterException;
import org.springframework.util.MultiValueMap;

/**
 * A relation query: every parameter is a condition an entry must meet, all of them at once.
 * <ul>
 * <li>{@code RELATION=slug} — the entry stands in that relation to the slug ({@code uses=spinnaker}:
 * uses Spinnaker; {@code adopted-by=netflix}: adopted by Netflix); any {@link Relation} key works;</li>
 * <li>{@code not-RELATION=slug} — it does not;</li>
 * <li>{@code tag=name} / {@code not-tag=name} — it carries (does not carry) the tag;</li>
 * <li>{@code kind=company|tool|practice|source} — it is of that kind.</li>
 * </ul>
 * A parameter may repeat or list values separated by commas. An unknown parameter, slug, tag or kind is
 * a {@link BadParameterException} naming the parameter.
 */
final class ExploreQuery {

	private static final String NOT = "not-";

	private final Map<String, List<String>> parameters = new LinkedHashMap<>();

	private final List<Predicate<Node>> conditions = new ArrayList<>();

	private ExploreQuery() {
	}

	static ExploreQuery parse(MultiValueMap<String, String> parameters, RelationIndex index) {
		ExploreQuery query = new ExploreQuery();
		parameters.forEach((name, raw) -> {
			List<String> values = raw.stream()
				.flatMap((value) -> Arrays.stream(value.split(",")))
				.map(String::strip)
				.filter((value) -> !value.isEmpty())
				.toList();
			if (!values.isEmpty()) {
				query.parameters.put(name, values);
				values.forEach((value) -> query.conditions.add(condition(name, value, index)));
			}
		});
		return query;
	}

	private static Predicate<Node> condition(String name, String value, RelationIndex index) {
		boolean negated = name.startsWith(NOT);
		String key = negated ? name.substring(NOT.length()) : name;
		Predicate<Node> condition;
		if (key.equals("kind") && !negated) {
			Kind kind = Kind.ofKey(value).or(() -> Kind.ofFolder(value))
				.orElseThrow(() -> new BadParameterException(name, "no kind '" + value + "'; use company, tool, practice or source"));
			condition = (node) -> node.kind() == kind;
		}
		else if (key.equals("tag")) {
			if (!index.hasTag(value)) {
				throw new BadParameterException(name, "no tag '" + value + "'"
						+ Suggestions.didYouMean(value, index.tags()));
			}
			condition = (node) -> node.tags().contains(value);
		}
		else {
			Optional<Relation> relation = Relation.ofKey(key);
			if (relation.isEmpty()) {
				throw new BadParameterException(name, "unknown parameter"
						+ Suggestions.didYouMean(key, Relation.all().stream().map(Relation::key).toList())
						+ "; use a relation (" + relations() + "), its not- form, tag, not-tag or kind");
			}
			if (index.node(value).isEmpty()) {
				throw new BadParameterException(name, "no entry '" + value + "'"
						+ Suggestions.didYouMean(value, index.nodes().stream().map(Node::slug).toList()));
			}
			condition = (node) -> index.related(node.slug(), relation.get()).contains(value);
		}
		return negated ? condition.negate() : condition;
	}


	private static String relations() {
		return String.join(", ", Relation.all().stream().map(Relation::key).toList());
	}

	boolean isEmpty() {
		return this.conditions.isEmpty();
	}

	/** The parameters as understood, values split. */
	Map<String, List<String>> parameters() {
		return this.parameters;
	}

	/** The entries meeting every condition, by kind and title; none for an empty query. */
	List<Node> run(Collection<Node> nodes) {
		if (isEmpty()) {
			return List.of();
		}
		return nodes.stream().filter((node) -> this.conditions.stream().allMatch((condition) -> condition.test(node))).toList();
	}

}
