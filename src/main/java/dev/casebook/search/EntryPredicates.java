package dev.casebook.search;

import java.util.List;
import java.util.Set;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;

import static dev.casebook.search.SearchMapping.ALIASES;
import static dev.casebook.search.SearchMapping.ALIASES_PLAIN;
import static dev.casebook.search.SearchMapping.ALIASES_PREFIX;
import static dev.casebook.search.SearchMapping.BODY;
import static dev.casebook.search.SearchMapping.KIND;
import static dev.casebook.search.SearchMapping.RELATED;
import static dev.casebook.search.SearchMapping.SUMMARY;
import static dev.casebook.search.SearchMapping.SUMMARY_PLAIN;
import static dev.casebook.search.SearchMapping.TAG;
import static dev.casebook.search.SearchMapping.TAG_WORDS;
import static dev.casebook.search.SearchMapping.TITLE;
import static dev.casebook.search.SearchMapping.TITLE_PLAIN;
import static dev.casebook.search.SearchMapping.TITLE_PREFIX;

/**
 * Builds the predicate of a search with the Search DSL, never from query syntax. Every word and
 * phrase must match somewhere; titles and aliases weigh most, then tags, summary, related names
 * and body; a word in the exact form typed adds to the stemmed match. A word found nowhere is
 * matched with typo tolerance instead, so a fuzzy match can never outrank an exact one.
 */
final class EntryPredicates {

	/** Letters at the start of a word that typo tolerance keeps as typed. */
	private static final int TYPO_EXACT_PREFIX = 1;

	private EntryPredicates() {
	}

	/**
	 * @param fuzzy the words that match nothing as typed
	 * @param withKinds whether to apply the request's kinds (facet counts per kind leave them out)
	 */
	static <SR> PredicateFinalStep of(TypedSearchPredicateFactory<SR> f, SearchRequest request, Set<String> fuzzy,
			boolean withKinds) {
		BooleanPredicateClausesStep<SR, ?> bool = f.bool();
		bool.must(f.matchAll());
		QueryText query = request.query();
		for (String word : query.words()) {
			bool.must(fuzzy.contains(word) ? typo(f, word) : word(f, word));
		}
		for (String phrase : query.phrases()) {
			bool.must(f.phrase()
				.field(TITLE).boost(10).field(ALIASES).boost(8).field(TAG_WORDS).boost(4)
				.field(SUMMARY).boost(3).field(RELATED).boost(1.5f).field(BODY)
				.matching(phrase));
		}
		for (String excluded : query.excluded()) {
			bool.mustNot(f.phrase().fields(TITLE, ALIASES, TAG_WORDS, SUMMARY, RELATED, BODY).matching(excluded));
		}
		for (String tag : request.tags()) {
			bool.filter(f.match().field(TAG).matching(tag));
		}
		if (withKinds && !request.kinds().isEmpty()) {
			bool.filter(f.terms().field(KIND).matchingAny(request.kinds()));
		}
		return bool;
	}

	/** {@code word} as typed, stemmed or exact. */
	static <SR> PredicateFinalStep word(TypedSearchPredicateFactory<SR> f, String word) {
		return f.bool()
			.should(f.match()
				.field(TITLE).boost(10).field(ALIASES).boost(8).field(TAG_WORDS).boost(4)
				.field(SUMMARY).boost(3).field(RELATED).boost(1.5f).field(BODY)
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
	 */
	private static <SR> PredicateFinalStep typo(TypedSearchPredicateFactory<SR> f, String word) {
		int edits = (word.length() < 3) ? 0 : (word.length() < 6) ? 1 : 2;
		return f.match()
			.field(TITLE).boost(10).field(ALIASES).boost(8).field(TAG_WORDS).boost(4)
			.field(SUMMARY).boost(3).field(RELATED).boost(1.5f).field(BODY)
			.matching(word)
			.fuzzy(edits, TYPO_EXACT_PREFIX);
	}

}
