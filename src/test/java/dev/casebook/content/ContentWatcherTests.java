package dev.casebook.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.casebook.KeptLog;
import dev.casebook.SlowSuite;
import dev.casebook.core.Problem;
import dev.casebook.core.Rule;
import dev.casebook.core.WatchStatus;
import dev.casebook.model.Tool;
import dev.casebook.model.ToolRepository;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

/**
 * Live reload never silently stops: the watcher follows a content folder that is a link
 * ({@code current -> releases/1}), survives folders that come and go, a folder swapped or deleted
 * and restored, the pool retiring its connections, and failed reloads, and says when the site
 * does not follow the files.
 */
@SlowSuite
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = "casebook.watch=true")
class ContentWatcherTests {

	/** In target/, and left there: the context, cached for the whole run, watches it until the end. */
	private static final Path BASE = TestFolders.inTarget("casebook-watch");

	private static final Path CURRENT = BASE.resolve("current");

	private static final Duration WAIT = Duration.ofSeconds(15);

	@Autowired
	private ToolRepository tools;

	@Autowired
	private LiveContent live;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private MeterRegistry meters;

	@MockitoSpyBean
	private EntityUpdater updater;

	@DynamicPropertySource
	static void contentDir(DynamicPropertyRegistry registry) throws IOException {
		TestFolders.copy(ContentReloadTests.FIXTURES, BASE.resolve("releases/1"));
		Files.createSymbolicLink(CURRENT, Path.of("releases/1"));
		registry.add("casebook.content-dir", CURRENT::toString);
	}

	@AfterEach
	void watching() {
		await().atMost(WAIT).until(() -> this.live.status().following());
	}

	@Test
	void aContentFolderThatIsALinkIsReadThroughIt() {
		assertThat(this.tools.findBySlug("deployer")).isPresent();
	}

	@Test
	void editsKeepApplyingAfterThePoolRetiresItsConnections() throws IOException {
		((HikariDataSource) this.dataSource).getHikariPoolMXBean().softEvictConnections();
		TestFolders.replace(CURRENT, "tools/deployer.md", "title: Deployer", "title: Deployer Retired");
		awaitTitle("deployer", "Deployer Retired");
		((HikariDataSource) this.dataSource).getHikariPoolMXBean().softEvictConnections();
		TestFolders.replace(CURRENT, "tools/deployer.md", "title: Deployer Retired", "title: Deployer");
		awaitTitle("deployer", "Deployer");
	}

	@Test
	void foldersCreatedAndRemovedAtOnceDoNotStopTheWatcher() throws IOException {
		Path scratch = Files.createDirectories(CURRENT.resolve("companies/tmp/a/b"));
		TestFolders.delete(CURRENT.resolve("companies/tmp"));
		assertThat(scratch).doesNotExist();
		Files.createDirectories(CURRENT.resolve("tools/new/deeper"));
		TestFolders.delete(CURRENT.resolve("tools/new"));
		TestFolders.replace(CURRENT, "tools/deployer.md", "title: Deployer", "title: Deployer After");
		awaitTitle("deployer", "Deployer After");
		TestFolders.replace(CURRENT, "tools/deployer.md", "title: Deployer After", "title: Deployer");
		awaitTitle("deployer", "Deployer");
	}

	@Test
	void aLinkPointedAtAnotherReleaseIsFollowed() throws IOException {
		Path second = BASE.resolve("releases/2");
		TestFolders.copy(BASE.resolve("releases/1"), second);
		TestFolders.replace(second, "tools/deployer.md", "title: Deployer", "title: Deployer Two");
		pointCurrentAt("releases/2");
		awaitTitle("deployer", "Deployer Two");
		TestFolders.replace(second, "tools/deployer.md", "title: Deployer Two", "title: Deployer Edited In Two");
		awaitTitle("deployer", "Deployer Edited In Two");
		pointCurrentAt("releases/1");
		awaitTitle("deployer", "Deployer");
		TestFolders.delete(second);
	}

	@Test
	void aDeletedFolderKeepsTheSiteAndSaysSoUntilItIsBack() throws IOException {
		Path release = BASE.resolve("releases/1");
		Path aside = BASE.resolve("aside");
		TestFolders.copy(release, aside);
		try (KeptLog log = KeptLog.of(ContentWatcher.class)) {
			TestFolders.delete(release);
			await().atMost(WAIT).until(() -> this.live.status().watch().state() == WatchStatus.State.FOLDER_MISSING);
			assertThat(log.messages()).anySatisfy((message) -> assertThat(message).contains("is missing"));
		}
		assertThat(this.live.status().following()).isFalse();
		assertThat(this.live.status().lag()).contains("content folder is missing");
		assertThat(this.tools.findBySlug("deployer")).isPresent();
		TestFolders.replace(aside, "tools/deployer.md", "title: Deployer", "title: Deployer Restored");
		Files.move(aside, release);
		awaitTitle("deployer", "Deployer Restored");
		TestFolders.replace(release, "tools/deployer.md", "title: Deployer Restored", "title: Deployer");
		awaitTitle("deployer", "Deployer");
	}

	@Test
	void aFailedReloadIsReportedCountedAndTriedAgain() throws IOException {
		double before = failures();
		doThrow(new IllegalStateException("disk full")).doCallRealMethod().when(this.updater).update(any(), any(), any());
		try (KeptLog log = KeptLog.of(ReloadQueue.class)) {
			TestFolders.replace(CURRENT, "tools/deployer.md", "title: Deployer", "title: Deployer Later");
			await().atMost(WAIT).until(() -> this.live.status().failure().isPresent());
			assertThat(this.live.status().lag()).contains("disk full");
			assertThat(failures()).isEqualTo(before + 1);
			awaitTitle("deployer", "Deployer Later");
			await().atMost(WAIT).until(() -> this.live.status().failure().isEmpty());
			assertThat(log.messages()).singleElement().asString().contains("tools/deployer.md failed (disk full)")
				.contains("trying again in 1 s");
		}
		doCallRealMethod().when(this.updater).update(any(), any(), any());
		TestFolders.replace(CURRENT, "tools/deployer.md", "title: Deployer Later", "title: Deployer");
		awaitTitle("deployer", "Deployer");
	}

	@Test
	void aNamedPipeIsAProblemAndNeverRead() throws Exception {
		Path pipe = CURRENT.resolve("tools/pipe.md");
		assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
		await().atMost(WAIT).untilAsserted(() -> assertThat(this.live.status().report().orElseThrow().problemsIn("tools/pipe.md"))
			.extracting(Problem::rule)
			.containsExactly(Rule.NOT_A_FILE));
		Files.delete(pipe);
		await().atMost(WAIT).until(() -> this.live.status().report().orElseThrow().problemsIn("tools/pipe.md").isEmpty());
	}

	/** Points the link at another release at once, as a deployment does: it is never missing. */
	private static void pointCurrentAt(String release) throws IOException {
		Path link = BASE.resolve("next");
		Files.createSymbolicLink(link, Path.of(release));
		Files.move(link, CURRENT, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private double failures() {
		return this.meters.get("casebook.reload.failures").counter().count();
	}

	private void awaitTitle(String slug, String title) {
		await().atMost(WAIT).until(() -> this.tools.findBySlug(slug).map(Tool::getTitle).orElse("").equals(title));
	}

}
