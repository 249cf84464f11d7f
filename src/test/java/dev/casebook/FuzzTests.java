package dev.casebook;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.casebook.web.RawHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile queries and addresses: with a fixed seed, random strings (query syntax, quotes, unicode,
 * control characters, long strings, raw and malformed percent-encodings) go into every parameter
 * of every parameterised route, through the real server. None may answer 5xx or show a trace.
 */
class FuzzTests extends HostileSite {

	private static final long SEED = 20261122L;

	private static final int CASES = 1_500;

	/** Every parameterised route; {@code {}} is replaced by a fresh random string. */
	private static final List<String> ROUTES = List.of("/tools/{}", "/companies/{}", "/practices/{}", "/sources/{}",
			"/tags/{}", "/search?q={}", "/search?q=deploy&tag={}&kind={}", "/search?q={}&page={}", "/api/search?q={}",
			"/api/search?q={}&tag={}&kind={}&page={}", "/api/suggest?q={}", "/compare?c={}&c={}",
			"/compare?c=good-co&dora={}", "/graph?focus={}&depth={}&limit={}", "/api/graph?focus={}&depth={}&limit={}&tags={}",
			"/practices/matrix?sort={}", "/explore?{}={}", "/explore?tag={}&kind={}&q={}", "/api/explore?{}={}&tag={}",
			"/timeline?company={}&tool={}&practice={}", "/api/tags/{}", "/api/{}", "/api/{}/{}", "/api/tools/{}",
			"/feed.atom?tag={}", "/sitemap.xml?{}={}", "/?{}={}", "/tools?page={}", "/companies?page={}&page={}");

	private static final String[] QUERY_SYNTAX = { "AND", "OR", "NOT", "&&", "||", "!", "+", "-", "(", ")", "[", "]",
			"{", "}", "^", "~", "~2", "*", "?", ":", "\\", "/", "\"", "title:", "tag:", "kind:", "a TO z", "[* TO *]",
			"/.*/", "/[/", "field:(a OR", "^2.5", "?*", "*?*", "\"\"", "\"a b\"~5", "\\\\", "deploy*" };

	private static final String[] PERCENT = { "%", "%%", "%0", "%00", "%2F", "%2f", "%2E%2E", "%5C", "%ZZ", "%C0%AE",
			"%FF%FE", "%E2%80%AE", "%0D%0A", "%25", "%u002e", "%F0%9F%98", "..%2F", "%3Cscript%3E", "%22%3E" };

	/**
	 * Tomcat answers a query parameter whose escapes are not UTF-8 with a 400 but also logs it as a
	 * servlet error, with its stack trace; such entries are kept off the console, and no other may
	 * be logged.
	 */
	@Test
	void randomInputsInEveryParameterNeverAnswerAServerError() {
		List<String> failures;
		List<ILoggingEvent> logged;
		try (KeptLog errors = KeptLog.of(KeptLog.SERVLET_ERRORS)) {
			failures = serverErrorsFor(new Random(SEED));
			logged = errors.logged();
		}
		assertThat(failures).isEmpty();
		assertThat(logged).allSatisfy((event) -> assertThat(event.getFormattedMessage())
			.contains("InvalidParameterException: Character decoding failed"));
	}

	/** The statuses and targets of the random requests answered with a 5xx or showing a trace. */
	private List<String> serverErrorsFor(Random random) {
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < CASES; i++) {
			String route = ROUTES.get(random.nextInt(ROUTES.size()));
			StringBuilder target = new StringBuilder();
			int at = 0;
			for (int hole = route.indexOf("{}"); hole >= 0; hole = route.indexOf("{}", at)) {
				target.append(route, at, hole).append(encode(input(random), random));
				at = hole + 2;
			}
			target.append(route.substring(at));
			RawHttp.Reply reply = RawHttp.get(this.port, target.toString(),
					random.nextBoolean() ? "text/html" : "application/json");
			if (reply.status() >= 500 || reply.body().contains("at dev.casebook") || reply.body().contains("Exception")) {
				failures.add(reply.status() + " " + target.substring(0, Math.min(target.length(), 200)));
			}
		}
		return failures;
	}

	private static String input(Random random) {
		StringBuilder text = new StringBuilder();
		int parts = 1 + random.nextInt(6);
		for (int i = 0; i < parts; i++) {
			switch (random.nextInt(7)) {
				case 0 -> text.append(QUERY_SYNTAX[random.nextInt(QUERY_SYNTAX.length)]).append(' ');
				case 1 -> text.append(PERCENT[random.nextInt(PERCENT.length)]);
				case 2 -> text.appendCodePoint(randomCodePoint(random));
				case 3 -> text.append((char) random.nextInt(0x20));
				case 4 -> text.append("ab'\"<>&;=#?/.".repeat(1 + random.nextInt(random.nextInt(20) == 0 ? 800 : 4)));
				case 5 -> text.append("../");
				default -> text.append("deploy");
			}
		}
		return text.toString();
	}

	private static int randomCodePoint(Random random) {
		int[] ranges = { 0x7f, 0xff, 0x2fff, 0xd7ff, 0xffff, 0x10ffff };
		int code = random.nextInt(ranges[random.nextInt(ranges.length)] + 1);
		return (code >= 0xd800 && code <= 0xdfff) ? 0xfffd : code;
	}

	/** Mostly properly percent-encoded; sometimes raw, with only bytes a request line can carry. */
	private static String encode(String text, Random random) {
		if (random.nextInt(4) > 0) {
			return URLEncoder.encode(text, StandardCharsets.UTF_8);
		}
		StringBuilder raw = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (c <= 0x20 || c >= 0x7f || c == '#') {
				raw.append('%').append(String.format("%02X", c));
			}
			else {
				raw.append((char) c);
			}
		}
		return raw.toString();
	}

}
