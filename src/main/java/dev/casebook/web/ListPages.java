package dev.casebook.web;

import java.util.List;

import dev.casebook.model.EntryCard;
import dev.casebook.model.EntryRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The pages of a list of entries ({@code /tools?page=2}): a hundred cards each, so a list of
 * thousands stays light to render and to read. A page number that is not a number asks for the
 * first page; one past either end shows the nearest page.
 */
public final class ListPages {

	public static final int SIZE = 100;

	private ListPages() {
	}

	/** The page asked for; one past the last page asks again for the last (its query says how many there are). */
	public static Page<EntryCard> of(EntryRepository<?> entries, String page) {
		Page<EntryCard> cards = entries.findCards(PageRequest.of(number(page) - 1, SIZE));
		return (cards.getNumber() >= cards.getTotalPages() && cards.getTotalPages() > 0)
				? entries.findCards(PageRequest.of(cards.getTotalPages() - 1, SIZE)) : cards;
	}

	/** The page asked for of a list already in memory (a filtered one), numbered as {@link #of(EntryRepository, String)} does. */
	public static <T> Page<T> of(List<T> all, String page) {
		int last = Math.max(1, (all.size() + SIZE - 1) / SIZE);
		int number = Math.min(number(page), last) - 1;
		List<T> content = all.subList(number * SIZE, Math.min(all.size(), (number + 1) * SIZE));
		return new PageImpl<>(content, PageRequest.of(number, SIZE), all.size());
	}

	/** Every entry of the list, for a download: title, summary and address. */
	public static TableDownload.Table table(EntryRepository<?> entries) {
		return new TableDownload.Table(List.of("title", "summary", "url"), entries.findCards(Pageable.unpaged())
			.map((card) -> List.of(card.title(), card.summary(), card.path()))
			.toList());
	}

	/** From 1; anything else, a number too large to be a page included, asks for the first. */
	private static int number(String page) {
		try {
			return (page != null) ? Math.max(1, Integer.parseInt(page.strip())) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
