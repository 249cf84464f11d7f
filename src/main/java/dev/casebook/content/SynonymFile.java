package dev.casebook.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.casebook.core.Problem;
import dev.casebook.core.Rule;

/**
 * {@code synonyms.txt} at the top of the content folder: one group of terms that mean the same
 * per line, separated by commas ({@code feature flags, feature toggles}); {@code #} starts a
 * comment. Search matches any term of a group for any other. A line with a single term is
 * reported and left out.
 *
 * @param groups each group's terms, in lowercase, their words separated by single spaces
 * ({@code post-mortem} is {@code post mortem}, as search reads it)
 * @param problems what could not be used, by line
 */
public record SynonymFile(List<List<String>> groups, List<Problem> problems) {

	/** Its name in the content folder. */
	public static final String NAME = "synonyms.txt";

	public static final SynonymFile NONE = new SynonymFile(List.of(), List.of());

	public static SynonymFile parse(String text) {
		List<List<String>> groups = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			int comment = line.indexOf('#');
			String terms = ((comment >= 0) ? line.substring(0, comment) : line).strip();
			if (terms.isEmpty()) {
				continue;
			}
			Set<String> group = new LinkedHashSet<>();
			for (String term : terms.split(",")) {
				String clean = term.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
				if (!clean.isEmpty()) {
					group.add(clean);
				}
			}
			if (group.size() < 2) {
				problems.add(Rule.SYNONYMS.at(NAME, i + 1,
						"a line of synonyms needs two or more terms separated by commas: '" + terms + "'"));
			}
			else {
				groups.add(List.copyOf(group));
			}
		}
		return new SynonymFile(List.copyOf(groups), List.copyOf(problems));
	}

}
