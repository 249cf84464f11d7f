package dev.casebook.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.casebook.core.FigureValue;

/**
 * A deployment-frequency figure normalised to a mean interval between deploys.
 * <p>
 * A company {@link Metric} is a deployment-frequency figure when its unit reads either
 * <ul>
 * <li>{@code deploys/PERIOD} or {@code deploys per PERIOD} ({@code deploy}, {@code deployment(s)} also
 * count), where PERIOD is {@code day}, {@code business day} (5 per week), {@code week}, {@code month}
 * (30 days) or {@code year} (365 days); or</li>
 * <li>{@code seconds|minutes|hours|days between deploys} (a mean interval).</li>
 * </ul>
 * Anything after that (e.g. {@code (about)}) is a qualifier and ignored. The value is read by
 * {@link FigureValue}; a value with no number is not a figure.
 *
 * @param intervalDays the mean time between deploys, in days
 */
public record DeployFrequency(double intervalDays) {

	private static final Pattern RATE = Pattern.compile(
			"(?:deploy|deploys|deployment|deployments)\\s*(?:/|per|a|an)\\s*(business day|day|week|month|year)\\b.*");

	private static final Pattern INTERVAL = Pattern
		.compile("(second|minute|hour|day)s?\\s+between\\s+(?:deploy|deploys|deployment|deployments)\\b.*");

	private static final Map<String, Double> PERIOD_DAYS = Map.of("business day", 7.0 / 5, "day", 1.0, "week", 7.0,
			"month", 30.0, "year", 365.0);

	private static final Map<String, Double> UNIT_DAYS = Map.of("second", 1.0 / 86_400, "minute", 1.0 / 1_440, "hour",
			1.0 / 24, "day", 1.0);

	/** The figure, if {@code unit} names a deployment frequency and {@code value} holds a positive number. */
	public static Optional<DeployFrequency> parse(String value, String unit) {
		if (value == null || unit == null) {
			return Optional.empty();
		}
		Optional<Double> number = FigureValue.number(value).filter((n) -> n > 0);
		if (number.isEmpty()) {
			return Optional.empty();
		}
		String normalised = unit.strip().toLowerCase(Locale.ROOT);
		Matcher rate = RATE.matcher(normalised);
		if (rate.matches()) {
			return Optional.of(new DeployFrequency(PERIOD_DAYS.get(rate.group(1)) / number.get()));
		}
		Matcher interval = INTERVAL.matcher(normalised);
		if (interval.matches()) {
			return Optional.of(new DeployFrequency(number.get() * UNIT_DAYS.get(interval.group(1))));
		}
		return Optional.empty();
	}

	/**
	 * Deploys per day as a reader reads a converted figure: two significant digits, with
	 * "about" when rounding changed it ("about 7,400", "0.71" is "about 0.7", "50").
	 */
	public String perDayLabel() {
		double perDay = perDay();
		BigDecimal rounded = new BigDecimal(perDay).round(new MathContext(2, RoundingMode.HALF_UP));
		String text = (rounded.compareTo(BigDecimal.ONE) >= 0)
				? String.format(Locale.ENGLISH, "%,d", rounded.setScale(0, RoundingMode.HALF_UP).longValue())
				: rounded.stripTrailingZeros().toPlainString();
		return (Math.abs(rounded.doubleValue() - perDay) > 1e-9 * Math.max(1, perDay)) ? "about " + text : text;
	}

	/** Deploys per day. */
	public double perDay() {
		return 1 / this.intervalDays;
	}

}
