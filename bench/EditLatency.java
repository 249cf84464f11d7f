import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures edit-to-visible latency against a running app that watches its content folder.
 *
 * <pre>
 * java bench/EditLatency.java BASE_URL CONTENT_DIR FILE PAGE_PATH EDITS
 * e.g. java bench/EditLatency.java http://127.0.0.1:18181 bench/out/edit-copy tools/x.md /tools/x 20
 * </pre>
 *
 * Each edit appends a unique word to the last paragraph of FILE (inside a copy of the corpus, never
 * the real content), then polls PAGE_PATH every millisecond or so until the page shows it. Prints
 * one line per edit and then {@code p50=… p95=… max=… timeouts=…} in milliseconds. An edit that
 * is not visible within 10 s counts as a timeout.
 */
public final class EditLatency {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	public static void main(String[] args) throws Exception {
		if (args.length != 5) {
			System.err.println("usage: java EditLatency.java BASE_URL CONTENT_DIR FILE PAGE_PATH EDITS");
			System.exit(2);
		}
		URI page = URI.create(args[0] + args[3]);
		Path file = Path.of(args[1]).resolve(args[2]);
		int edits = Integer.parseInt(args[4]);
		String original = Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(page).timeout(TIMEOUT).build();
		List<Double> millis = new ArrayList<>();
		int timeouts = 0;
		for (int i = 1; i <= edits; i++) {
			String marker = "benchedit" + i + "x" + Long.toString(System.nanoTime(), 36);
			Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
			Files.writeString(temp, original + " " + marker + "\n", StandardCharsets.UTF_8);
			long start = System.nanoTime();
			Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			boolean seen = false;
			while (!seen && System.nanoTime() - start < TIMEOUT.toNanos()) {
				seen = shows(client, request, marker);
				if (!seen) {
					Thread.sleep(1);
				}
			}
			double ms = (System.nanoTime() - start) / 1e6;
			System.out.printf("edit %d: %s %.1f ms%n", i, seen ? "visible after" : "NOT visible after", ms);
			if (seen) {
				millis.add(ms);
			}
			else {
				timeouts++;
				if (i == 1) {
					break;
				}
			}
			Thread.sleep(300);
		}
		Files.writeString(file, original + "\n", StandardCharsets.UTF_8);
		Collections.sort(millis);
		System.out.printf("edits=%d p50=%.1f p95=%.1f max=%.1f timeouts=%d%n", millis.size(), percentile(millis, 50),
				percentile(millis, 95), millis.isEmpty() ? Double.NaN : millis.get(millis.size() - 1), timeouts);
	}

	/** Whether the page shows the marker; a request that times out counts as not yet. */
	private static boolean shows(HttpClient client, HttpRequest request, String marker) throws Exception {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains(marker);
		}
		catch (HttpTimeoutException ex) {
			return false;
		}
	}

	private static double percentile(List<Double> sorted, int p) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index));
	}

}
