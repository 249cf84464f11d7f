package dev.casebook.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.casebook.content.ContentLock;
import dev.casebook.core.Kind;
import dev.casebook.model.Entry;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.casebook.search.SearchMapping.BODY;
import static dev.casebook.search.SearchMapping.KIND;
import static dev.casebook.search.SearchMapping.SLUG;
import static dev.casebook.search.SearchMapping.SUMMARY;
import static dev.casebook.search.SearchMapping.TAG;
import static dev.casebook.search.SearchMapping.TITLE;
import static dev.casebook.search.SearchMapping.TITLE_SORT;

/**
 * Runs searches against the full-text index: one page of hits with snippets, facet counts by
 * kind and by tag, and suggestions when nothing matches. Reads under the {@link ContentLock}, so a
 * content change is seen whole or not at all. The lock is taken before the read-only transaction
 * and its database connection: a search waiting for a reload holds no connection the reload needs.
 */
@Service
public class SearchService {

	private static final AggregationKey<Map<Kind, Long>> KINDS = AggregationKey.of("kinds");

	private static final AggregationKey<Map<String, Long>> TAGS = AggregationKey.of("tags");

	private static final int MAX_TAG_FACETS = 30;

	/**
	 * A question of this many words or more, each of them known, that no entry matches whole is
	 * matched by most of its words; a question with unknown words gets "did you mean" instead.
	 */
	private static final int MIN_WORDS_TO_RELAX = 3;

	private final EntityManager entityManager;

	private final ContentLock lock;

	private final Vocabulary vocabulary;

	private final Synonyms synonyms;

	private final TransactionTemplate readOnly;

	SearchService(EntityManager entityManager, ContentLock lock, Vocabulary vocabulary, Synonyms synonyms,
			PlatformTransactionManager transactions) {
		this.entityManager = entityManager;
		this.lock = lock;
		this.vocabulary = vocabulary;
		this.synonyms = synonyms;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	public SearchResults search(SearchRequest request) {
		return this.lock.reading(() -> this.readOnly.execute((status) -> run(request)));
	}

	private SearchResults run(SearchRequest request) {
		SearchSession session = Search.session(this.entityManager);
		Map<String, List<String>> synonyms = this.synonyms.current();
		Query query = new Query(request, QueryWords.of(request.query().lowercaseWords(), synonyms), synonyms, false);
		Set<String> fuzzy = unknownWords(session, query.words());
		SearchResult<Hit> result = page(session, query, fuzzy, request.page());
		long total = result.total().hitCount();
		if (total == 0 && fuzzy.isEmpty() && query.words().required().size() >= MIN_WORDS_TO_RELAX) {
			query = new Query(request, query.words(), synonyms, true);
			result = page(session, query, fuzzy, request.page());
			total = result.total().hitCount();
		}
		int pages = (int) Math.max(1, (total + SearchResults.PAGE_SIZE - 1) / SearchResults.PAGE_SIZE);
		int page = Math.min(request.page(), pages);
		if (page != request.page()) {
			result = page(session, query, fuzzy, page);
		}
		Map<Kind, Long> kinds = kindCounts(session, query, fuzzy, result);
		List<FacetCount> kindFacets = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			boolean selected = request.kinds().contains(kind);
			long count = kinds.getOrDefault(kind, 0L);
			if (count > 0 || selected) {
				kindFacets.add(FacetCount.kind(kind.key(), kind.plural(), count, selected, request.toggleKind(kind)));
			}
		}
		List<FacetCount> tagFacets = new ArrayList<>();
		result.aggregation(TAGS)
			.forEach((tag, count) -> tagFacets.add(new FacetCount(tag, tag, count, request.tags().contains(tag),
					request.toggleTag(tag), request.toggleAnyTag(tag), request.toggleNotTag(tag))));
		Alternatives suggestions = (total == 0) ? this.vocabulary.suggest(request) : Alternatives.NONE;
		return new SearchResults(request, page, pages, total, result.hits(), List.copyOf(kindFacets),
				List.copyOf(tagFacets), suggestions, query.relaxed());
	}

	/**
	 * Matches per kind, as if no kind were chosen: the page's own counts when none is (the same
	 * matches), else one more query without the kind filter.
	 */
	private static Map<Kind, Long> kindCounts(SearchSession session, Query query, Set<String> fuzzy,
			SearchResult<Hit> page) {
		if (query.request().kinds().isEmpty()) {
			return page.aggregation(KINDS);
		}
		return session.search(Entry.class)
			.where((f) -> EntryPredicates.of(f, query.request(), query.words(), fuzzy, query.synonyms(), query.relaxed(),
					false))
			.aggregation(KINDS, (f) -> f.terms().field(KIND, Kind.class))
			.fetch(0)
			.aggregation(KINDS);
	}

	/**
	 * One page of hits, with counts per tag and per kind (the latter used when no kind is chosen).
	 * Snippets mark the words found; a search that needed typo tolerance shows no snippet, since
	 * highlighting would expand each typo over the whole index again for every hit (a hundred
	 * milliseconds or more on a large index).
	 */
	private SearchResult<Hit> page(SearchSession session, Query query, Set<String> fuzzy, int page) {
		SearchRequest request = query.request();
		boolean snippets = fuzzy.isEmpty();
		return session.search(Entry.class)
			.select((f) -> f.composite()
				.from(f.field(SLUG, String.class), f.field(KIND, Kind.class), f.field(TITLE, String.class),
						f.field(SUMMARY, String.class), snippets ? f.highlight(BODY) : f.constant(List.of()),
						snippets ? f.highlight(SUMMARY) : f.constant(List.of()))
				.asArray(SearchService::hit))
			.where((f) -> EntryPredicates.of(f, request, query.words(), fuzzy, query.synonyms(), query.relaxed(), true))
			.sort((f) -> request.isBrowse() ? f.field(TITLE_SORT) : f.score().then().field(TITLE_SORT))
			.aggregation(TAGS, (f) -> f.terms().field(TAG, String.class).maxTermCount(MAX_TAG_FACETS))
			.aggregation(KINDS, (f) -> f.terms().field(KIND, Kind.class))
			.highlighter((h) -> h.unified()
				.tag(Snippet.START, Snippet.END)
				.numberOfFragments(1)
				.noMatchSize(0))
			.fetch((page - 1) * SearchResults.PAGE_SIZE, SearchResults.PAGE_SIZE);
	}

	/**
	 * The words that match no entry as typed: they are matched with typo tolerance. Counting stops
	 * at the first match.
	 */
	private static Set<String> unknownWords(SearchSession session, QueryWords words) {
		Set<String> unknown = new LinkedHashSet<>();
		for (String word : words.required().stream().filter((group) -> group.size() == 1).map((group) -> group.get(0)).toList()) {
			long found = session.search(Entry.class)
				.where((f) -> EntryPredicates.word(f, word))
				.totalHitCountThreshold(1)
				.fetch(0)
				.total()
				.hitCountLowerBound();
			if (found == 0) {
				unknown.add(word);
			}
		}
		return unknown;
	}

	/** A request with its words read once: the same reading serves the page, the counts and the typo check. */
	private record Query(SearchRequest request, QueryWords words, Map<String, List<String>> synonyms, boolean relaxed) {
	}

	private static Hit hit(Object[] values) {
		List<?> body = (List<?>) values[4];
		List<?> summary = (List<?>) values[5];
		List<?> snippet = !body.isEmpty() ? body : summary;
		return Hit.of((String) values[0], (Kind) values[1], (String) values[2], (String) values[3],
				snippet.isEmpty() ? Snippet.NONE : Snippet.of((String) snippet.get(0)));
	}

}
