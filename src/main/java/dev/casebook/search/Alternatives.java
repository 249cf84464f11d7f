package dev.casebook.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What to try when a search finds nothing.
 *
 * @param text the search with each unknown word replaced by the closest known one, or empty
 * @param href that search
 * @param tags existing tags close to the words or tags asked for
 */
public record Alternatives(String text, String href, List<String> tags) {

	static final Alternatives NONE = new Alternatives("", "", List.of());

	@JsonIgnore
	public boolean isEmpty() {
		return this.text.isEmpty() && this.tags.isEmpty();
	}

}
