package dev.casebook.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.casebook.SlowSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile files are each reported with file and line, the rest of the folder still indexes, and
 * indexing stays within generous bounds of time and heap (bounds, not benchmarks).
 */
@SlowSuite
class HostileContentTests {

	@TempDir
	static Path temp;

	@Test
	void everyHostileFileIsReportedWithFileAndLineAndTheRestIndexes() {
		Path content = HostileContent.write(temp.resolve("reported"));
		Markdown markdown = new Markdown();
		ContentLoader.Loaded loaded = new ContentLoader(new EntryFileParser(markdown)).load(content);
		ContentLinker.Linked linked = new ContentLinker(markdown).link(loaded.entries());
		List<String> problems = new ArrayList<>();
		loaded.allProblems().forEach((problem) -> problems.add(problem.toString()));
		linked.problems().forEach((problem) -> problems.add(problem.toString()));
		HostileContent.EXPECTED.forEach((file, problem) -> assertThat(problems).as(file)
			.anySatisfy((reported) -> assertThat(reported).startsWith(problem)));
		assertThat(linked.entries()).extracting(ParsedEntry::slug)
			.containsExactlyInAnyOrderElementsOf(HostileContent.SERVED.keySet());
		assertThat(problems).filteredOn((problem) -> problem.startsWith("tools/many-links.md"))
			.hasSizeLessThanOrEqualTo(ContentLinker.MAX_BROKEN_LINKS_LISTED + 2);
		assertThat(problems).noneMatch((problem) -> problem.contains("Secret outside"));
	}

	@Test
	void indexingTheHostileFolderFitsASmallHeapAndBoundedTime() throws IOException {
		Path content = HostileContent.write(temp.resolve("bounded"));
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx256m", "-Xss1m", "-cp", System.getProperty("java.class.path"),
				BoundedIndexing.class.getName(), content.toString())
			.redirectErrorStream(true)
			.start();
		try {
			String output = assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
				String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				process.waitFor(1, TimeUnit.MINUTES);
				return text;
			});
			assertThat(process.exitValue()).as(output).isZero();
			assertThat(output).contains("entries=" + HostileContent.SERVED.size()).doesNotContain("OutOfMemoryError");
		}
		finally {
			process.destroyForcibly();
		}
	}

}
