package dev.casebook.core;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as a source gives it: a year, a month or a day, or "by" one of those (the
 * latest it can have been). Written {@code 2014}, {@code 2008-08}, {@code 2008-08-11} or
 * {@code by 2014}.
 *
 * @param month 1 to 12, or 0 when only the year is known
 * @param day 1 to 31, or 0 when only the year or month is known
 * @param by whether the date is a bound ("by 2014") rather than when it was so
 */
public record PartialDate(int year, int month, int day, boolean by) {

	private static final Pattern FORM = Pattern.compile("(by\\s+)?(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	/** The date {@code text} writes, or empty when it is not one of the forms above, or no real date. */
	public static Optional<PartialDate> parse(String text) {
		Matcher matcher = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(matcher.group(2));
		int month = (matcher.group(3) != null) ? Integer.parseInt(matcher.group(3)) : 0;
		int day = (matcher.group(4) != null) ? Integer.parseInt(matcher.group(4)) : 0;
		if (month > 12 || (matcher.group(3) != null && month == 0)
				|| (day > 0 && day > YearMonth.of(year, Math.max(month, 1)).lengthOfMonth())
				|| (matcher.group(4) != null && day == 0)) {
			return Optional.empty();
		}
		return Optional.of(new PartialDate(year, month, day, matcher.group(1) != null));
	}

	/** The first day the date can mean. */
	public LocalDate earliest() {
		return LocalDate.of(this.year, Math.max(this.month, 1), Math.max(this.day, 1));
	}

	/** The last day the date can mean. */
	public LocalDate latest() {
		if (this.day > 0) {
			return LocalDate.of(this.year, this.month, this.day);
		}
		return (this.month > 0) ? YearMonth.of(this.year, this.month).atEndOfMonth() : LocalDate.of(this.year, 12, 31);
	}

	/** As a reader reads it: {@code 2014}, {@code August 2008}, {@code 11 August 2008}, {@code by 2014}. */
	public String label() {
		String date = (this.month == 0) ? String.valueOf(this.year)
				: ((this.day > 0) ? this.day + " " : "")
						+ Month.of(this.month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + this.year;
		return this.by ? "by " + date : date;
	}

	/** As written in front matter, and as stored. */
	@Override
	public String toString() {
		String date = String.valueOf(this.year) + ((this.month > 0) ? "-%02d".formatted(this.month) : "")
				+ ((this.day > 0) ? "-%02d".formatted(this.day) : "");
		return this.by ? "by " + date : date;
	}

}
