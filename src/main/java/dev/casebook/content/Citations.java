package dev.casebook.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of the sources one page cites, Wikipedia-style: each source gets the next number the
 * first time it is cited and keeps it. Filled while one body renders (a page's figures first, as
 * they stand above its body), so not shared between threads.
 */
final class Citations {

	private final List<String> order;

	Citations(List<String> before) {
		this.order = new ArrayList<>(before.stream().distinct().toList());
	}

	/** The number of {@code slug}, from 1, given now if it has none yet. */
	int number(String slug) {
		int index = this.order.indexOf(slug);
		if (index >= 0) {
			return index + 1;
		}
		this.order.add(slug);
		return this.order.size();
	}

	/** The slugs cited so far, in the order of their numbers. */
	List<String> order() {
		return List.copyOf(this.order);
	}

}
