import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the raw outputs that bench/run.sh leaves in bench/out/ into the Markdown report, printed on
 * standard output: {@code java bench/Report.java bench/out [bench/optimisations.md]}.
 */
public final class Report {

	private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

	private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|75|90|99)%\\s+([0-9.]+)(us|ms|s)\\s*$",
			Pattern.MULTILINE);

	private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

	private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: (.*)");

	private final Path out;

	private final StringBuilder md = new StringBuilder();

	private final List<String> summary = new ArrayList<>();

	private Report(Path out) {
		this.out = out;
	}

	public static void main(String[] args) throws IOException {
		Report report = new Report(Path.of(args[0]));
		report.write(args.length > 1 ? Optional.of(Path.of(args[1])) : Optional.empty());
	}

	/** One wrk run: requests per second and latency percentiles in milliseconds. */
	record Wrk(double rps, Map<String, Double> percentiles, long non2xx, String socketErrors) {

		double p(String percentile) {
			return this.percentiles.getOrDefault(percentile, Double.NaN);
		}

		String quality() {
			String errors = (this.socketErrors == null) ? "" : "socket errors: " + this.socketErrors;
			String non = (this.non2xx > 0) ? this.non2xx + " non-2xx" : "";
			String both = (non + (non.isEmpty() || errors.isEmpty() ? "" : "; ") + errors);
			return both.isEmpty() ? "ok" : both;
		}

	}

	private void write(Optional<Path> notes) throws IOException {
		Map<String, String> env = properties(this.out.resolve("env.txt"));
		List<Integer> sizes = sizes();
		boolean before = Files.isDirectory(this.out.resolve("before"));
		String beforeRev = properties(this.out.resolve("before/label.txt")).getOrDefault("rev", "?");
		StringBuilder body = new StringBuilder();

		line("## 1. Index time and launch-to-ready");
		line("");
		line("Hugo: `hugo --quiet` with the minimal layout in `bench/hugo/`, best of the runs shown, clean output folder. "
				+ "Casebook index: the `Indexed … ms` summary line the app logs (read, parse, link, render, store, "
				+ "and the full-text index once the build has one). Ready: from launching `java -jar` until "
				+ "`/actuator/health/readiness` answers 200.");
		line("");
		line("| entries | Hugo build (best) | Hugo runs | Hugo pages | Casebook index | index / Hugo | Casebook ready |"
				+ (before ? " ready before (" + beforeRev + ") | index before |" : ""));
		line("| ---: | ---: | --- | ---: | ---: | ---: | ---: |" + (before ? " ---: | ---: |" : ""));
		for (int n : sizes) {
			Hugo hugo = hugo(n);
			Map<String, String> app = figures("current", n);
			double index = number(app, "index_ms");
			double ready = number(app, "ready_ms");
			String extra = "";
			if (before) {
				Map<String, String> old = figures("before", n);
				extra = " " + ms(number(old, "ready_ms")) + " | " + ms(number(old, "index_ms")) + " |";
			}
			line("| " + n + " | " + ms(hugo.best) + " | " + hugo.runs + " | " + hugo.pages + " | " + ms(index) + " | "
					+ ratio(index / hugo.best) + " | " + ms(ready) + " |" + extra);
			target("Index time vs Hugo build", n, ms(index) + " vs " + ms(hugo.best), index / hugo.best <= 1.0,
					"≤ 1.0× Hugo (" + ratio(index / hugo.best) + ")");
			target("Launch-to-ready", n, ms(ready), ready <= 15_000, "≤ 15 s");
		}
		startUp(sizes, before, beforeRev);
		line("");
		line("## 2. Page throughput and latency");
		line("");
		line("`wrk -t2 -c64 -d" + env.getOrDefault("duration", "10s") + " --latency`, after a warm-up of the app. "
				+ "`company`: one company page; `random`: a random page per request from up to 1,000 entry pages "
				+ "(`bench/random-paths.lua`). nginx (`bench/nginx.conf`) serves the same pages saved from the app as "
				+ "static files. Latencies in ms.");
		line("");
		line("| entries | page | server | req/s | p50 | p90 | p99 | req/s vs nginx | p99 vs nginx | errors |");
		line("| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
		for (int n : sizes) {
			for (String page : List.of("company", "random")) {
				Optional<Wrk> nginx = wrk(this.out.resolve("nginx/n" + n + "/wrk-" + page + ".txt"));
				List<String> labels = before ? List.of("before", "current") : List.of("current");
				nginx.ifPresent((w) -> line("| " + n + " | " + page + " | nginx | " + rps(w.rps) + " | " + ms2(w.p("50"))
						+ " | " + ms2(w.p("90")) + " | " + ms2(w.p("99")) + " | | | " + w.quality() + " |"));
				for (String label : labels) {
					Optional<Wrk> app = wrk(this.out.resolve(label + "/n" + n + "/wrk-" + page + ".txt"));
					if (app.isEmpty()) {
						continue;
					}
					Wrk w = app.get();
					String name = label.equals("before") ? "Casebook before (" + beforeRev + ")" : "Casebook";
					double rpsRatio = nginx.map((x) -> w.rps / x.rps).orElse(Double.NaN);
					double p99Ratio = nginx.map((x) -> w.p("99") / x.p("99")).orElse(Double.NaN);
					line("| " + n + " | " + page + " | " + name + " | " + rps(w.rps) + " | " + ms2(w.p("50")) + " | "
							+ ms2(w.p("90")) + " | " + ms2(w.p("99")) + " | " + ratio(rpsRatio) + " | "
							+ ratio(p99Ratio) + " | " + w.quality() + " |");
					if (label.equals("current")) {
						target("Throughput, " + page + " page(s)", n, rps(w.rps) + " req/s", rpsRatio >= 0.5,
								"≥ 0.5× nginx (" + ratio(rpsRatio) + ")");
						target("p99 latency, " + page + " page(s)", n, ms2(w.p("99")) + " ms", p99Ratio <= 2.0,
								"≤ 2× nginx (" + ratio(p99Ratio) + ")");
					}
				}
			}
		}

		int largest = sizes.isEmpty() ? 0 : sizes.get(sizes.size() - 1);
		Path dir = this.out.resolve("current/n" + largest);
		line("");
		line("## 3. Search at " + largest + " entries");
		line("");
		Optional<Wrk> single = wrk(dir.resolve("search-single.txt"));
		Optional<Wrk> many = wrk(dir.resolve("search-64.txt"));
		Optional<Wrk> singleNew = wrk(dir.resolve("search-single-uncached.txt"));
		Optional<Wrk> manyNew = wrk(dir.resolve("search-64-uncached.txt"));
		if (single.isPresent() && many.isPresent()) {
			line("A mix of text, tag and text+tag queries (`bench/out/queries-" + largest
					+ ".txt`, one third each), picked at random per request. Single client: `wrk -t1 -c1`; "
					+ "64 connections: `wrk -t2 -c64`. *Repeated*: the mix as it is, so after the warm-up "
					+ "every query has been answered once and its page is kept until the next reload "
					+ "(`RenderedPageCache`). *Every query new*: `bench/uncached-paths.lua` adds a parameter "
					+ "no other request has, so each search runs and renders in full.");
			line("");
			line("| queries | clients | req/s | p50 (ms) | p90 (ms) | p99 (ms) | errors |");
			line("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
			searchRow("repeated", 1, single.get());
			searchRow("repeated", 64, many.get());
			singleNew.ifPresent((w) -> searchRow("every query new", 1, w));
			manyNew.ifPresent((w) -> searchRow("every query new", 64, w));
			target("Search p99, single client", largest, ms2(single.get().p("99")) + " ms", single.get().p("99") <= 10,
					"≤ 10 ms");
			target("Search throughput, 64 connections", largest, rps(many.get().rps) + " q/s", many.get().rps >= 5000,
					"≥ 5,000 q/s");
			singleNew.ifPresent((w) -> target("Search p99, single client, every query new", largest,
					ms2(w.p("99")) + " ms", w.p("99") <= 10, "≤ 10 ms"));
			manyNew.ifPresent((w) -> target("Search throughput, 64 connections, every query new", largest,
					rps(w.rps) + " q/s", w.rps >= 5000, "≥ 5,000 q/s"));
		}
		else {
			line("Skipped: " + text(dir.resolve("search-skipped.txt")).orElse("no search figures in this run").strip()
					+ ". Re-run once `/search` is on main.");
			this.summary.add("| Search | " + largest + " | skipped | | |");
		}

		line("");
		line("## 4. Edit-to-visible latency at " + largest + " entries");
		line("");
		Optional<String> edits = text(dir.resolve("edit.txt"));
		if (edits.isPresent()) {
			Map<String, String> result = lastLineFields(edits.get());
			line("The app runs with `casebook.watch=true` on a copy of the corpus; `bench/EditLatency.java` "
					+ "appends a unique word to a tool page's file (atomic move) and polls the page until it shows "
					+ "it. " + result.getOrDefault("edits", "?") + " edits seen, " + result.getOrDefault("timeouts", "?")
					+ " not visible within 10 s.");
			line("");
			line("| p50 | p95 | max |");
			line("| ---: | ---: | ---: |");
			line("| " + result.get("p50") + " ms | " + result.get("p95") + " ms | " + result.get("max") + " ms |");
			double p50 = Double.parseDouble(result.getOrDefault("p50", "NaN"));
			target("Edit-to-visible p50", largest, result.get("p50") + " ms", p50 <= 250, "≤ 250 ms");
		}
		else {
			line("Skipped: " + text(dir.resolve("edit-skipped.txt")).orElse("no edit figures in this run").strip()
					+ ". Re-run once the watcher (`casebook.watch`) is on main.");
			this.summary.add("| Edit-to-visible p50 | " + largest + " | skipped | | |");
		}

		line("");
		line("## 5. Peak memory");
		line("");
		line("Casebook: `VmHWM` (peak resident set) of the JVM read from `/proc` just before it is stopped, i.e. "
				+ "after indexing and all load tests; JVM options: "
				+ env.getOrDefault("java_opts", "").transform((o) -> o.isBlank() ? "none (defaults)" : "`" + o + "`") + ". "
				+ "Hugo: largest maximum RSS of its builds (`/usr/bin/time -f %M`). A row with JVM options names a "
				+ "second start at that size with the shipped settings (`jvm.options`), measured after the "
				+ "random-page and every-query-new search loads.");
		line("");
		line("| entries | Casebook peak RSS | after start-up | Hugo peak RSS | Casebook / Hugo |"
				+ (before ? " peak before (" + beforeRev + ") |" : ""));
		line("| ---: | ---: | ---: | ---: | ---: |" + (before ? " ---: |" : ""));
		for (int n : sizes) {
			Map<String, String> app = figures("current", n);
			double peak = number(app, "rss_peak_kb");
			double hugoPeak = hugo(n).peakKb;
			line("| " + n + " | " + mb(peak) + " | " + mb(number(app, "rss_ready_kb")) + " | " + mb(hugoPeak) + " | "
					+ ratio(peak / hugoPeak) + " |"
					+ (before ? " " + mb(number(figures("before", n), "rss_peak_kb")) + " |" : ""));
			target("Peak RSS", n, mb(peak), peak <= hugoPeak, "≤ Hugo (" + mb(hugoPeak) + ")");
			Map<String, String> shipped = properties(this.out.resolve("current/n" + n + "/shipped-figures.txt"));
			if (!shipped.isEmpty()) {
				double shippedPeak = number(shipped, "rss_peak_kb");
				line("| " + n + ", `" + env.get("shipped_jvm") + "` | " + mb(shippedPeak) + " | "
						+ mb(number(shipped, "rss_ready_kb")) + " | " + mb(hugoPeak) + " | " + ratio(shippedPeak / hugoPeak)
						+ " |" + (before ? " |" : ""));
				target("Peak RSS, shipped JVM settings", n, mb(shippedPeak), shippedPeak <= hugoPeak,
						"≤ Hugo (" + mb(hugoPeak) + ")");
			}
		}

		Optional<String> jmh = text(this.out.resolve("jmh.txt"));
		if (jmh.isPresent()) {
			line("");
			line("## JMH: parse and render path");
			line("");
			line("`./mvnw -Pbench` compiles `src/jmh/java`; one fork, 1 × 1 s warm-up, 2 × 1 s measurement, "
					+ "average time per operation (shorter is better).");
			line("");
			line("```");
			List<String> lines = jmh.get().lines().toList();
			int start = 0;
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).startsWith("Benchmark ")) {
					start = i;
				}
			}
			lines.subList(start, lines.size()).forEach(this::line);
			line("```");
		}

		try (Stream<Path> extras = Files.isDirectory(this.out.resolve("extra")) ? Files.list(this.out.resolve("extra"))
				: Stream.empty()) {
			for (Path file : extras.filter((p) -> p.toString().endsWith(".txt")).sorted().toList()) {
				String name = file.getFileName().toString().replace(".txt", "");
				line("");
				line("## bench/" + name + ".sh");
				line("");
				line("Exit status: " + text(this.out.resolve("extra/" + name + ".status")).orElse("?").strip() + ".");
				line("");
				Optional<String> extraSummary = text(this.out.resolve("extra/" + name + "/summary.md"));
				if (extraSummary.isPresent()) {
					line(extraSummary.get().strip());
				}
				else {
					List<String> lines = text(file).orElse("").lines().toList();
					line("```");
					lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(this::line);
					line("```");
				}
			}
		}

		body.append(this.md);
		this.md.setLength(0);
		line("# Casebook benchmark report");
		line("");
		line("Generated by `bench/run.sh` (" + env.getOrDefault("mode", "?") + " run) on " + env.get("date")
				+ " at commit " + env.get("commit") + ". Machine: " + env.get("cpu") + ", " + env.get("cores")
				+ " cores, " + env.get("memory") + "; " + env.get("java") + "; " + env.get("hugo") + "; nginx "
				+ env.get("nginx") + "; " + env.get("wrk") + ". Load average at start " + env.get("load_start")
				+ ", at end " + env.get("load_end") + " (above ~0.5 means other work shared the cores during the run).");
		line("");
		line("## Targets");
		line("");
		line("| figure | entries | Casebook | target | met |");
		line("| --- | ---: | ---: | --- | --- |");
		this.summary.forEach(this::line);
		line("");
		this.md.append(body);
		if (notes.isPresent() && Files.exists(notes.get())) {
			line("");
			line(Files.readString(notes.get()).strip());
		}
		System.out.print(this.md);
	}

	/**
	 * Start-up against the framework's floor: the bare app's best of three, the bundled content's
	 * best of three fresh starts and its start on the data folder they left, and the largest
	 * corpus started again on its own data folder.
	 */
	private void startUp(List<Integer> sizes, boolean before, String beforeRev) {
		List<Map<String, String>> bareRuns = runs("bare/run-");
		if (bareRuns.isEmpty()) {
			return;
		}
		List<Map<String, String>> bundledRuns = runs("current/bundled-");
		double bare = best(bareRuns);
		double bundled = best(bundledRuns);
		Map<String, String> bundledKept = properties(this.out.resolve("current/bundled-kept.txt"));
		int largest = sizes.get(sizes.size() - 1);
		Map<String, String> kept = properties(this.out.resolve("current/n" + largest + "/kept-figures.txt"));
		line("");
		line("Ready against the framework's floor, every start with the same JVM and flags (`BENCH_JAVA_OPTS`); "
				+ "where several runs are listed, the best counts:");
		line("");
		line("| start | data folder | ready (best) | runs | vs bare app | peak RSS (best run) | what it logged |");
		line("| --- | --- | ---: | --- | ---: | ---: | --- |");
		line("| bare Spring Boot app (`bench/bare`: one controller, the actuator) | | " + ms(bare) + " | " + runList(bareRuns)
				+ " | 1.00× | " + mb(number(bestRun(bareRuns), "rss_peak_kb")) + " | |");
		if (!bundledRuns.isEmpty()) {
			line("| bundled `content/` | empty | " + ms(bundled) + " | " + runList(bundledRuns) + " | "
					+ ratio(bundled / bare) + " | " + mb(number(bestRun(bundledRuns), "rss_peak_kb")) + " | "
					+ bestRun(bundledRuns).getOrDefault("index_line", "") + " |");
		}
		if (!bundledKept.isEmpty()) {
			line("| bundled `content/` | left by the start before | " + ms(number(bundledKept, "ready_ms")) + " | | "
					+ ratio(number(bundledKept, "ready_ms") / bare) + " | " + mb(number(bundledKept, "rss_peak_kb"))
					+ " | " + bundledKept.getOrDefault("kept_line", "") + " |");
		}
		if (!kept.isEmpty()) {
			line("| " + largest + " entries | left by the start before | " + ms(number(kept, "ready_ms")) + " | | "
					+ ratio(number(kept, "ready_ms") / bare) + " | " + mb(number(kept, "rss_peak_kb")) + " | "
					+ kept.getOrDefault("kept_line", "") + " |");
		}
		if (before) {
			List<Map<String, String>> old = runs("before/bundled-");
			line("");
			line("Bundled content before (" + beforeRev + "): ready after " + ms(best(old)) + " (best of " + runList(old)
					+ ").");
		}
		if (!bundledRuns.isEmpty()) {
			target("Ready, bundled content, vs the bare app", 0, ms(bundled) + " vs " + ms(bare), bundled / bare <= 1.5,
					"≤ 1.5× bare (" + ratio(bundled / bare) + ")");
		}
		if (!kept.isEmpty() && !bundledKept.isEmpty()) {
			double ready = number(kept, "ready_ms");
			double reference = number(bundledKept, "ready_ms");
			target("Ready on a kept index vs bundled content kept", largest, ms(ready) + " vs " + ms(reference),
					ready / reference <= 1.2, "≤ 1.2× bundled (" + ratio(ready / reference) + ")");
		}
		Map<String, String> cds = properties(this.out.resolve("cds/bundled.txt"));
		if (!cds.isEmpty()) {
			line("");
			line("With AppCDS (jar extracted with `-Djarmode=tools extract`, archive from a training run with "
					+ "`-XX:ArchiveClassesAtExit` and `-Dspring.context.exit=onRefresh`, started with "
					+ "`-XX:SharedArchiveFile`): bundled content ready after " + ms(number(cds, "ready_ms"))
					+ "; peak RSS " + mb(number(cds, "rss_peak_kb")) + ".");
		}
	}

	/** The figures of {@code prefix}1.txt, {@code prefix}2.txt… that exist. */
	private List<Map<String, String>> runs(String prefix) {
		List<Map<String, String>> runs = new ArrayList<>();
		for (int run = 1; Files.exists(this.out.resolve(prefix + run + ".txt")); run++) {
			runs.add(properties(this.out.resolve(prefix + run + ".txt")));
		}
		return runs;
	}

	private static Map<String, String> bestRun(List<Map<String, String>> runs) {
		return runs.stream().min(Comparator.comparingDouble((run) -> number(run, "ready_ms"))).orElse(Map.of());
	}

	private static double best(List<Map<String, String>> runs) {
		return number(bestRun(runs), "ready_ms");
	}

	private static String runList(List<Map<String, String>> runs) {
		return runs.stream().map((run) -> ms(number(run, "ready_ms"))).collect(Collectors.joining(", "));
	}

	private void searchRow(String queries, int clients, Wrk w) {
		line("| " + queries + " | " + clients + " | " + rps(w.rps) + " | " + ms2(w.p("50")) + " | " + ms2(w.p("90"))
				+ " | " + ms2(w.p("99")) + " | " + w.quality() + " |");
	}

	private void target(String figure, int n, String value, boolean met, String target) {
		this.summary.add("| " + figure + " | " + (n == 0 ? "bundled" : n) + " | " + value + " | " + target + " | "
				+ (met ? "yes" : "**no**") + " |");
	}

	private record Hugo(double best, double peakKb, String runs, String pages) {
	}

	private Hugo hugo(int n) {
		double best = Double.NaN;
		double peak = Double.NaN;
		List<String> runs = new ArrayList<>();
		String pages = "?";
		for (String line : text(this.out.resolve("hugo/n" + n + ".txt")).orElse("").lines().toList()) {
			String[] parts = line.split(" ");
			if (parts[0].equals("build")) {
				double ms = Double.parseDouble(parts[1]) * 1000;
				double kb = Double.parseDouble(parts[2]);
				best = Double.isNaN(best) ? ms : Math.min(best, ms);
				peak = Double.isNaN(peak) ? kb : Math.max(peak, kb);
				runs.add(String.format(Locale.ROOT, "%.2f", ms / 1000));
			}
			else if (parts[0].equals("pages")) {
				pages = parts[1];
			}
		}
		return new Hugo(best, peak, String.join(", ", runs) + " s", pages);
	}

	private List<Integer> sizes() {
		try (Stream<Path> dirs = Files.list(this.out.resolve("current"))) {
			return dirs.map((p) -> p.getFileName().toString())
				.filter((name) -> name.matches("n\\d+"))
				.map((name) -> Integer.parseInt(name.substring(1)))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private Map<String, String> figures(String label, int n) {
		return properties(this.out.resolve(label + "/n" + n + "/figures.txt"));
	}

	private static Optional<Wrk> wrk(Path file) {
		return text(file).map((text) -> {
			Matcher rps = RPS.matcher(text);
			Map<String, Double> percentiles = new LinkedHashMap<>();
			Matcher p = PERCENTILE.matcher(text);
			while (p.find()) {
				double value = Double.parseDouble(p.group(2));
				percentiles.put(p.group(1), switch (p.group(3)) {
					case "us" -> value / 1000;
					case "s" -> value * 1000;
					default -> value;
				});
			}
			Matcher non = NON_2XX.matcher(text);
			Matcher errors = SOCKET_ERRORS.matcher(text);
			return new Wrk(rps.find() ? Double.parseDouble(rps.group(1)) : Double.NaN, percentiles,
					non.find() ? Long.parseLong(non.group(1)) : 0, errors.find() ? errors.group(1) : null);
		});
	}

	private static Map<String, String> lastLineFields(String text) {
		Map<String, String> fields = new LinkedHashMap<>();
		List<String> lines = text.strip().lines().toList();
		for (String field : lines.get(lines.size() - 1).split(" ")) {
			String[] kv = field.split("=", 2);
			if (kv.length == 2) {
				fields.put(kv[0], kv[1]);
			}
		}
		return fields;
	}

	private static Map<String, String> properties(Path file) {
		Map<String, String> values = new LinkedHashMap<>();
		text(file).ifPresent((text) -> text.lines().forEach((line) -> {
			int eq = line.indexOf('=');
			if (eq > 0) {
				values.put(line.substring(0, eq), line.substring(eq + 1));
			}
		}));
		return values;
	}

	private static Optional<String> text(Path file) {
		try {
			return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static double number(Map<String, String> values, String key) {
		try {
			return Double.parseDouble(values.getOrDefault(key, "NaN"));
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

	private static String ms(double ms) {
		if (Double.isNaN(ms)) {
			return "n/a";
		}
		return (ms >= 1000) ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.0f ms", ms);
	}

	private static String ms2(double ms) {
		return Double.isNaN(ms) ? "n/a" : String.format(Locale.ROOT, "%.2f", ms);
	}

	private static String rps(double rps) {
		return Double.isNaN(rps) ? "n/a" : String.format(Locale.ROOT, "%,.0f", rps);
	}

	private static String ratio(double ratio) {
		return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2f×", ratio);
	}

	private static String mb(double kb) {
		return Double.isNaN(kb) ? "n/a" : String.format(Locale.ROOT, "%.0f MB", kb / 1024);
	}

	private void line(String text) {
		this.md.append(text).append('\n');
	}

}
