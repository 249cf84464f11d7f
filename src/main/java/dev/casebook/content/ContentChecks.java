package dev.casebook.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.casebook.core.Problem;
import dev.casebook.core.RelationType;
import dev.casebook.core.Rule;

/**
 * Warnings that need the whole content: orphans and relations whose two sides disagree.
 * <ul>
 * <li>An entry is an <em>orphan</em> when no other entry links to it in its body and it takes
 * part in no relation, whichever side declared it.</li>
 * <li>A tool's {@code created_by} <em>contradicts</em> its creator's profile when the company
 * lists the tools it uses and leaves out its own tool, which the tool does not list as used by
 * it either. Any other relation declared on one side only is fine: it shows on both pages.</li>
 * </ul>
 */
final class ContentChecks {

	private ContentChecks() {
	}

	static List<Problem> check(List<ParsedEntry> entries, Set<Edge> edges) {
		List<Problem> problems = new ArrayList<>();
		Map<String, ParsedEntry> bySlug = new HashMap<>();
		entries.forEach((entry) -> bySlug.put(entry.slug(), entry));
		for (ParsedEntry entry : entries) {
			for (Ref creator : entry.matter().declared(RelationType.CREATED, true)) {
				creatorContradiction(entry, creator, edges, bySlug.get(creator.slug())).ifPresent(problems::add);
			}
		}
		Set<String> connected = new HashSet<>();
		for (Edge edge : edges) {
			connected.add(edge.to());
			if (edge.type() != RelationType.LINKS_TO) {
				connected.add(edge.from());
			}
		}
		entries.stream()
			.filter((entry) -> !connected.contains(entry.slug()))
			.forEach((entry) -> problems.add(Rule.ORPHAN.at(entry.file(), 1, "orphan: no other entry links to '"
					+ entry.slug() + "' and it takes part in no relation")));
		return problems;
	}

	private static Optional<Problem> creatorContradiction(ParsedEntry entry, Ref creator, Set<Edge> edges,
			ParsedEntry company) {
		if (company == null || company.matter().declared(RelationType.USES, false).isEmpty()
				|| edges.contains(Edge.of(RelationType.USES, creator.slug(), entry.slug()))) {
			return Optional.empty();
		}
		return Optional.of(Rule.CONTRADICTION.at(entry.file(), creator.line(), "'" + RelationType.CREATED.inverseKey()
				+ "' names '" + creator.slug() + "', but " + company.file() + " lists the tools it uses without '"
				+ entry.slug() + "': add it there, or list '" + creator.slug() + "' in this tool's '"
				+ RelationType.USES.inverseKey() + "'"));
	}

}
