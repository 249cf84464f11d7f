package dev.casebook.web;

/** No page at the requested address; rendered as the 404 page. */
public class EntryNotFoundException extends RuntimeException {

	public EntryNotFoundException(String what) {
		super("No " + what);
	}

}
