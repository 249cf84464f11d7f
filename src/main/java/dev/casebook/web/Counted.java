package dev.casebook.web;

/**
 * A count with its noun in the right number: "1 tool", "2 tools", "0 entries". Pages reach it as
 * {@code #counted} (see {@link PageDialect}), so no template spells a plural itself.
 */
public final class Counted {

	/** {@code of(1, "tool")} is "1 tool", {@code of(2, "tool")} is "2 tools". */
	public String of(long count, String one) {
		return of(count, one, one + "s");
	}

	/** For nouns whose plural is not the singular plus "s": {@code of(3, "entry", "entries")}. */
	public String of(long count, String one, String many) {
		return count + " " + ((count == 1) ? one : many);
	}

}
