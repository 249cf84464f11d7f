package dev.casebook.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Slugs and tags: lowercase words of ASCII letters and digits joined by hyphens. Names written
 * another way (a file called {@code Day_06.md}, a tag {@code Continuous Delivery} as Hugo and
 * dev.to allow) are turned into one: accents dropped, case folded, every other run of characters
 * a hyphen.
 */
final class Slugs {

	static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	static boolean isSlug(String value) {
		return FORM.matcher(value).matches();
	}

	/** {@code value} as a slug; empty when it holds no ASCII letter or digit. */
	static String of(String value) {
		String plain = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFKD)).replaceAll("");
		String hyphenated = SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
		int start = 0;
		int end = hyphenated.length();
		while (start < end && hyphenated.charAt(start) == '-') {
			start++;
		}
		while (end > start && hyphenated.charAt(end - 1) == '-') {
			end--;
		}
		return hyphenated.substring(start, end);
	}

	/** The slug a file gives its entry: its name without {@code .md}, as a slug. */
	static String ofFile(String file) {
		String name = file.substring(file.lastIndexOf('/') + 1);
		String slug = of(name.substring(0, name.length() - ".md".length()));
		return slug.isEmpty() ? "entry" : slug;
	}

}
