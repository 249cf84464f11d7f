package dev.casebook.core;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a source was published: a date as precise as it gives ({@code 2012-04}), a span of years
 * for a work written over time ({@code 2011-2013}), or {@code undated}.
 */
public record Published(Optional<PartialDate> start, Optional<PartialDate> end) {

	public static final Published UNDATED = new Published(Optional.empty(), Optional.empty());

	private static final Pattern SPAN = Pattern.compile("(\\d{4})\\s*(?:-|–|/|\\.\\.)\\s*(\\d{4})");

	/** The date {@code text} writes, or empty when it is none of the forms above. */
	public static Optional<Published> parse(String text) {
		String value = text.strip();
		if (value.equalsIgnoreCase("undated")) {
			return Optional.of(UNDATED);
		}
		Matcher span = SPAN.matcher(value);
		if (span.matches()) {
			Optional<PartialDate> from = PartialDate.parse(span.group(1));
			Optional<PartialDate> to = PartialDate.parse(span.group(2));
			return (from.get().year() <= to.get().year()) ? Optional.of(new Published(from, to)) : Optional.empty();
		}
		return PartialDate.parse(value).filter((date) -> !date.by()).map((date) -> new Published(Optional.of(date), Optional.of(date)));
	}

	public boolean isUndated() {
		return this.start.isEmpty();
	}

	/** The year it was (first) published, if known. */
	public Optional<Integer> year() {
		return this.start.map(PartialDate::year);
	}

	/** Whether a figure said to hold at {@code asOf} holds after the source was published: it cannot be reported there. */
	public boolean precedes(PartialDate asOf) {
		return this.end.isPresent() && asOf.earliest().isAfter(this.end.get().latest());
	}

	/** {@code undated}, {@code April 2012}, {@code 2011–2013}. */
	public String label() {
		if (this.start.isEmpty()) {
			return "undated";
		}
		return this.start.equals(this.end) ? this.start.get().label()
				: this.start.get().label() + "–" + this.end.get().label();
	}

	/** As written in front matter, and as stored. */
	@Override
	public String toString() {
		if (this.start.isEmpty()) {
			return "undated";
		}
		return this.start.equals(this.end) ? this.start.get().toString() : this.start.get() + "-" + this.end.get();
	}

}
