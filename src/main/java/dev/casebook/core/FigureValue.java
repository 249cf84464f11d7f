package dev.casebook.core;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a figure's value holds: its first number, times {@code thousand}, {@code million} or
 * {@code billion} when that word follows ("over 50 million" is 50,000,000).
 */
public final class FigureValue {

	private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s*(thousand|million|billion))?");

	private static final Map<String, Double> MULTIPLIERS = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9);

	private FigureValue() {
	}

	/** The number in {@code value}, or empty when it holds none. */
	public static Optional<Double> number(String value) {
		Matcher matcher = NUMBER.matcher(value.toLowerCase(Locale.ROOT));
		if (!matcher.find()) {
			return Optional.empty();
		}
		double number = Double.parseDouble(matcher.group(1).replace(",", ""));
		return Optional.of((matcher.group(2) != null) ? number * MULTIPLIERS.get(matcher.group(2)) : number);
	}

	/** Whether two values differ by more than {@code share} of the larger one. */
	public static boolean differ(double a, double b, double share) {
		return Math.abs(a - b) > share * Math.max(Math.abs(a), Math.abs(b));
	}

}
