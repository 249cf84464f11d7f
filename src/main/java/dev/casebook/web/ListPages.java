package dev.casebook.web;

import dev.casebook.content.EntryCard;
import dev.casebook.content.EntryRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * The pages of a list of entries ({@code /tools?page=2}): a hundred cards each, so a list of
 * thousands stays light to render and to read. A page number that is not a number asks for the
 * first page; one past either end shows the nearest page.
 */
public final class ListPages {

	public static final int SIZE = 100;

	private ListPages() {
	}

	public static Page<EntryCard> of(EntryRepository<?> entries, String page) {
		long pages = Math.max(1, (entries.count() + SIZE - 1) / SIZE);
		long number = Math.min(Math.max(number(page), 1), pages);
		return entries.findCards(PageRequest.of((int) number - 1, SIZE));
	}

	private static long number(String page) {
		try {
			return (page != null) ? Long.parseLong(page.strip()) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
