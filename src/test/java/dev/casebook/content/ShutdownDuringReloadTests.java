package dev.casebook.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import dev.casebook.CasebookApplication;
import dev.casebook.model.Entry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the application while the watcher is in the middle of a reload waits for that reload to
 * finish: the store is not closed under it, nothing is logged as an error, and the watcher is gone.
 */
@ExtendWith(OutputCaptureExtension.class)
class ShutdownDuringReloadTests {

	private static final int FILES = 400;

	private final Path content = TestFolders.temporary("casebook-shutdown");

	@Test
	void shuttingDownDuringAReloadLetsItFinishAndLogsNoError(CapturedOutput output) throws Exception {
		Files.createDirectories(this.content.resolve("tools"));
		writeTools("First version.");
		ConfigurableApplicationContext app = new SpringApplicationBuilder(CasebookApplication.class)
			.web(WebApplicationType.NONE)
			.run("--casebook.content-dir=" + this.content, "--casebook.watch=true");
		writeTools("Second version.");
		Thread watcher = awaitReloading(Duration.ofSeconds(30));

		long start = System.nanoTime();
		app.close();

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
		assertThat(watcher.isAlive()).isFalse();
		assertThat(output.getOut()).contains("Stopped watching").doesNotContain(" ERROR ");
		assertThat(output.getErr()).doesNotContain("Exception");
	}

	/** The watcher thread, once it is inside {@link ContentIndexer#reload}. */
	private static Thread awaitReloading(Duration limit) throws InterruptedException {
		long end = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < end) {
			Optional<Thread> reloading = Thread.getAllStackTraces()
				.entrySet()
				.stream()
				.filter((thread) -> thread.getKey().getName().equals("casebook-content-reload"))
				.filter((thread) -> Arrays.stream(thread.getValue())
					.anyMatch((frame) -> frame.getClassName().equals(ContentIndexer.class.getName())
							&& frame.getMethodName().equals("reload")))
				.map(Map.Entry::getKey)
				.findFirst();
			if (reloading.isPresent()) {
				return reloading.get();
			}
			Thread.sleep(5);
		}
		throw new AssertionError("the watcher did not start reloading within " + limit);
	}

	private void writeTools(String line) throws IOException {
		for (int i = 0; i < FILES; i++) {
			Files.writeString(this.content.resolve("tools/tool-" + i + ".md"), """
					---
					title: Tool %d
					summary: A tool made up for this test.
					tags: [testing]
					---
					%s It links to [[tool-%d]] and [[tool-%d]].
					""".formatted(i, line, (i + 1) % FILES, (i + 7) % FILES));
		}
	}

	@AfterEach
	void deleteContent() throws IOException {
		TestFolders.delete(this.content);
	}

}
