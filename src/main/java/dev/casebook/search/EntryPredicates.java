package dev.casebook.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;

import static dev.casebook.search.SearchMapping.ALIASES;
import static dev.casebook.search.SearchMapping.ALIASES_KEY;
import static dev.casebook.search.SearchMapping.ALIASES_PLAIN;
import static dev.casebook.search.SearchMapping.ALIASES_PREFIX;
import static dev.casebook.search.SearchMapping.BODY;
import static dev.casebook.search.SearchMapping.FIGURES;
import static dev.casebook.search.SearchMapping.KIND;
import static dev.casebook.search.SearchMapping.RELATED;
import static dev.casebook.search.SearchMapping.SUMMARY;
import static dev.casebook.search.SearchMapping.SUMMARY_PLAIN;
import static dev.casebook.search.SearchMapping.TAG;
import static dev.casebook.search.SearchMapping.TAG_WORDS;
import static dev.casebook.search.SearchMapping.TITLE;
import static dev.casebook.search.SearchMapping.TITLE_KEY;
import static dev.casebook.search.SearchMapping.TITLE_PLAIN;
import static dev.casebook.search.SearchMapping.TITLE_PREFIX;

/**
 * Builds the predicate of a search with the Search DSL, never from query syntax. Every word and
 * phrase must match somewhere, except small words ("what is the"); a term with synonyms matches
 * any of them; titles and aliases weigh most, then tags, summary, figures, related names and body;
 * a word in the exact form typed adds to the stemmed match; an entry whose name the query names
 * ranks first. A word found nowhere is matched with typo tolerance instead, so a fuzzy match can
 * never outrank an exact one. Tags narrow the hits: all of {@code tag}, any of {@code tag-any},
 * none of {@code -tag}.
 */
final class EntryPredicates {

	/** Of a long question, the share of words an entry needs once none has them all. */
	static final int RELAXED_PERCENT = 60;

	/** Letters at the start of a word that typo tolerance keeps as typed. */
	private static final int TYPO_EXACT_PREFIX = 1;

	private EntryPredicates() {
	}

	/**
	 * @param words the query's words as search reads them (small words optional, synonyms grouped)
	 * @param fuzzy the words that match nothing as typed
	 * @param relaxed whether most of the words are enough, {@value #RELAXED_PERCENT}%, as when none has them all
	 * @param withKinds whether to apply the request's kinds (facet counts per kind leave them out)
	 */
	static <SR> PredicateFinalStep of(TypedSearchPredicateFactory<SR> f, SearchRequest request, QueryWords words,
			Set<String> fuzzy, Map<String, List<String>> synonyms, boolean relaxed, boolean withKinds) {
		BooleanPredicateClausesStep<SR, ?> bool = f.bool();
		bool.must(f.matchAll());
		if (!words.required().isEmpty()) {
			BooleanPredicateClausesStep<SR, ?> content = f.bool();
			for (List<String> group : words.required()) {
				PredicateFinalStep clause = (group.size() == 1 && fuzzy.contains(group.get(0))) ? typo(f, group.get(0))
						: anyOf(f, group);
				if (relaxed) {
					content.should(clause);
				}
				else {
					content.must(clause);
				}
			}
			if (relaxed) {
				content.minimumShouldMatchPercent(RELAXED_PERCENT);
			}
			BooleanPredicateClausesStep<SR, ?> either = f.bool().should(content);
			words.names().forEach((name) -> either.should(named(f, name)));
			bool.must(either);
		}
		words.optional().forEach((word) -> bool.should(f.match().field(TITLE_PLAIN).field(SUMMARY_PLAIN).matching(word)));
		if (words.required().size() > 1) {
			String all = String.join(" ", words.required().stream().map((group) -> group.get(0)).toList());
			bool.should(f.phrase().field(TITLE).boost(6).field(ALIASES).boost(5).field(SUMMARY).boost(4).field(FIGURES)
				.boost(4).field(BODY).boost(2).matching(all).slop(2));
		}
		for (String phrase : request.query().phrases()) {
			String key = phrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
			bool.must(anyOf(f, synonyms.getOrDefault(key, List.of(phrase))));
		}
		for (String excluded : request.query().excluded()) {
			bool.mustNot(f.phrase().fields(TITLE, ALIASES, TAG_WORDS, SUMMARY, RELATED, BODY).matching(excluded));
		}
		for (String tag : request.tags()) {
			bool.filter(f.match().field(TAG).matching(tag));
		}
		if (!request.anyTags().isEmpty()) {
			bool.filter(f.terms().field(TAG).matchingAny(request.anyTags()));
		}
		for (String tag : request.notTags()) {
			bool.mustNot(f.match().field(TAG).matching(tag));
		}
		if (withKinds && !request.kinds().isEmpty()) {
			bool.filter(f.terms().field(KIND).matchingAny(request.kinds()));
		}
		return bool;
	}

	/** The entry whose title or alias reduces to {@code name}: it ranks first, whatever else the query says. */
	private static <SR> PredicateFinalStep named(TypedSearchPredicateFactory<SR> f, String name) {
		return f.match().field(TITLE_KEY).boost(60).field(ALIASES_KEY).boost(50).matching(name);
	}

	/** Any of the terms of a synonym group (or the one term): a word as typed, or a phrase. */
	private static <SR> PredicateFinalStep anyOf(TypedSearchPredicateFactory<SR> f, List<String> terms) {
		if (terms.size() == 1 && !terms.get(0).contains(" ")) {
			return word(f, terms.get(0));
		}
		BooleanPredicateClausesStep<SR, ?> any = f.bool();
		for (String term : terms) {
			any.should(term.contains(" ") ? phrase(f, term) : word(f, term));
		}
		return any;
	}

	private static <SR> PredicateFinalStep phrase(TypedSearchPredicateFactory<SR> f, String phrase) {
		return f.phrase()
			.field(TITLE).boost(10).field(ALIASES).boost(8).field(TAG_WORDS).boost(4)
			.field(SUMMARY).boost(3).field(FIGURES).boost(8).field(RELATED).boost(1.5f).field(BODY)
			.matching(phrase);
	}

	/** {@code word} as typed, stemmed or exact. */
	static <SR> PredicateFinalStep word(TypedSearchPredicateFactory<SR> f, String word) {
		return f.bool()
			.should(f.match()
				.field(TITLE).boost(10).field(ALIASES).boost(8).field(TAG_WORDS).boost(4)
				.field(SUMMARY).boost(3).field(FIGURES).boost(8).field(RELATED).boost(1.5f).field(BODY)
				.matching(word))
			.should(f.match().field(TITLE_PLAIN).boost(5).field(ALIASES_PLAIN).boost(4).field(SUMMARY_PLAIN)
				.boost(1.5f)
				.matching(word));
	}

	/** Every word starts a word of the title or an alias (or is close to one, when {@code fuzzy}). */
	static <SR> PredicateFinalStep prefixes(TypedSearchPredicateFactory<SR> f, List<String> words, boolean fuzzy) {
		BooleanPredicateClausesStep<SR, ?> bool = f.bool();
		for (String word : words) {
			bool.must(fuzzy ? f.match().field(TITLE_PLAIN).boost(2).field(ALIASES_PLAIN).matching(word).fuzzy(1)
					: f.match().field(TITLE_PREFIX).boost(2).field(ALIASES_PREFIX).matching(word));
		}
		return bool.should(f.match().field(TITLE_PLAIN).matching(String.join(" ", words)));
	}

	/**
	 * Up to two edits, but never in the first letter: a first letter kept as typed leaves the typo
	 * search a small part of each field's words to walk, which on a large index is most of its cost.
	 * Names and summaries are also matched as written, unstemmed: stemming a misspelt word can take
	 * it further from its stem ("contnuous" against "continu").
	 */
	private static <SR> PredicateFinalStep typo(TypedSearchPredicateFactory<SR> f, String word) {
		int edits = (word.length() < 3) ? 0 : (word.length() < 6) ? 1 : 2;
		return f.bool()
			.should(f.match()
				.field(TITLE).boost(10).field(ALIASES).boost(8).field(TAG_WORDS).boost(4)
				.field(SUMMARY).boost(3).field(FIGURES).boost(8).field(RELATED).boost(1.5f).field(BODY)
				.matching(word)
				.fuzzy(edits, TYPO_EXACT_PREFIX))
			.should(f.match().field(TITLE_PLAIN).boost(10).field(ALIASES_PLAIN).boost(8).field(SUMMARY_PLAIN).boost(3)
				.matching(word)
				.fuzzy(edits, TYPO_EXACT_PREFIX));
	}

}
