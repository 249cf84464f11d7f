package dev.casebook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.casebook.content.ContentLock;
import dev.casebook.core.Kind;
import dev.casebook.model.Entry;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.casebook.search.SearchMapping.KIND;
import static dev.casebook.search.SearchMapping.SLUG;
import static dev.casebook.search.SearchMapping.TITLE;
import static dev.casebook.search.SearchMapping.TITLE_SORT;

/**
 * Suggestions as the user types: entries whose title or alias starts with the words, then entries
 * whose tags, summary, figures or text hold them; typos are tolerated when nothing matches. Reads
 * under the {@link ContentLock}, as searches do.
 */
@Service
class SearchSuggestions {

	static final int MAX_SUGGESTIONS = 8;

	private static final int MAX_SUGGEST_WORDS = 6;

	private final EntityManager entityManager;

	private final ContentLock lock;

	private final TransactionTemplate readOnly;

	SearchSuggestions(EntityManager entityManager, ContentLock lock, PlatformTransactionManager transactions) {
		this.entityManager = entityManager;
		this.lock = lock;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Entries whose title or alias starts with the typed words, as the user types; typos are
	 * tolerated when nothing starts with them.
	 */
	List<Suggestion> suggest(String text) {
		List<String> words = QueryText.parse(text).positiveWords().stream().limit(MAX_SUGGEST_WORDS).toList();
		if (words.isEmpty()) {
			return List.of();
		}
		return this.lock.reading(() -> this.readOnly.execute((status) -> {
			SearchSession session = Search.session(this.entityManager);
			List<Suggestion> found = new ArrayList<>(suggest(session, words, false));
			if (found.size() < MAX_SUGGESTIONS) {
				Set<String> paths = found.stream().map(Suggestion::path).collect(Collectors.toSet());
				mentions(session, words).stream().filter((s) -> paths.add(s.path())).limit(MAX_SUGGESTIONS - found.size())
					.forEach(found::add);
			}
			return found.isEmpty() ? suggest(session, words, true) : List.copyOf(found);
		}));
	}

	/** Entries whose tags, summary, figures or text hold the words: after those whose names start with them. */
	private static List<Suggestion> mentions(SearchSession session, List<String> words) {
		return session.search(Entry.class)
			.select((f) -> f.composite()
				.from(f.field(TITLE, String.class), f.field(KIND, Kind.class), f.field(SLUG, String.class))
				.as(Suggestion::of))
			.where((f) -> {
				var all = f.bool();
				words.forEach((word) -> all.must(EntryPredicates.word(f, word)));
				return all;
			})
			.sort((f) -> f.score().then().field(TITLE_SORT))
			.fetchHits(MAX_SUGGESTIONS);
	}

	private static List<Suggestion> suggest(SearchSession session, List<String> words, boolean fuzzy) {
		return session.search(Entry.class)
			.select((f) -> f.composite()
				.from(f.field(TITLE, String.class), f.field(KIND, Kind.class), f.field(SLUG, String.class))
				.as(Suggestion::of))
			.where((f) -> EntryPredicates.prefixes(f, words, fuzzy))
			.sort((f) -> f.score().then().field(TITLE_SORT))
			.fetchHits(MAX_SUGGESTIONS);
	}

}
