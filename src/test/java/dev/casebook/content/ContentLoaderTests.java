package dev.casebook.content;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import dev.casebook.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class ContentLoaderTests {

	private static final String ENTRY = "---\ntitle: %s\nsummary: S.\n---\nBody.\n";

	private final ContentLoader loader = new ContentLoader(new EntryFileParser(new Markdown()));

	@Test
	void symbolicLinksToFilesAndFoldersAreReportedAndNotFollowed(@TempDir Path temp) throws IOException {
		Path content = Files.createDirectories(temp.resolve("content/tools"));
		Files.writeString(content.resolve("inside.md"), ENTRY.formatted("Inside"));
		Path outside = Files.createDirectories(temp.resolve("outside"));
		Files.writeString(outside.resolve("secret.md"), ENTRY.formatted("Secret"));
		Files.createSymbolicLink(content.resolve("linked.md"), outside.resolve("secret.md"));
		Files.createSymbolicLink(content.resolve("more"), outside);
		Files.createSymbolicLink(temp.resolve("content/practices"), outside);
		ContentLoader.Loaded loaded = this.loader.load(temp.resolve("content"));
		assertThat(loaded.entries()).extracting((entry) -> entry.matter().title()).containsExactly("Inside");
		assertThat(loaded.allProblems()).extracting(Problem::toString)
			.containsExactlyInAnyOrder(
					"practices:0: error: symbolic link not followed: content must be a regular file inside the content folder",
					"tools/linked.md:0: error: symbolic link not followed: content must be a regular file inside the content folder",
					"tools/more:0: error: symbolic link not followed: content must be a regular file inside the content folder");
	}


	@Test
	void aContentFolderThatIsALinkIsReadThroughIt(@TempDir Path temp) throws IOException {
		Path release = Files.createDirectories(temp.resolve("releases/1/tools"));
		Files.writeString(release.resolve("inside.md"), ENTRY.formatted("Inside"));
		Path current = Files.createSymbolicLink(temp.resolve("current"), Path.of("releases/1"));
		ContentLoader.Loaded loaded = this.loader.load(current);
		assertThat(loaded.entries()).extracting((entry) -> entry.matter().title()).containsExactly("Inside");
		assertThat(loaded.allProblems()).isEmpty();
	}

	@Test
	void aNamedPipeIsReportedAndNeverOpened(@TempDir Path temp) throws Exception {
		Path tools = Files.createDirectories(temp.resolve("content/tools"));
		Files.writeString(tools.resolve("inside.md"), ENTRY.formatted("Inside"));
		assertThat(new ProcessBuilder("mkfifo", tools.resolve("pipe.md").toString()).start().waitFor()).isZero();
		ContentLoader.Loaded loaded = this.loader.load(temp.resolve("content"));
		assertThat(loaded.entries()).extracting((entry) -> entry.matter().title()).containsExactly("Inside");
		assertThat(loaded.allProblems()).extracting(Problem::toString).containsExactly(
				"tools/pipe.md:0: error: not a regular file (a named pipe, device or socket): only plain files are read");
	}

	@Test
	void hiddenFilesAndFoldersAreSkipped(@TempDir Path temp) throws IOException {
		Path tools = Files.createDirectories(temp.resolve("content/tools"));
		Files.writeString(tools.resolve("inside.md"), ENTRY.formatted("Inside"));
		Files.writeString(tools.resolve(".#inside.md"), "lock");
		Files.createDirectories(temp.resolve("content/.git"));
		Files.writeString(temp.resolve("content/.git/notes.md"), "not content");
		ContentLoader.Loaded loaded = this.loader.load(temp.resolve("content"));
		assertThat(loaded.files()).isEqualTo(1);
		assertThat(loaded.allProblems()).isEmpty();
	}

	@Test
	void anUnreadableFolderIsAProblemOfItsOwnAndTheRestIsRead(@TempDir Path temp) throws IOException {
		assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder, whatever its permissions");
		Path tools = Files.createDirectories(temp.resolve("content/tools"));
		Files.writeString(tools.resolve("inside.md"), ENTRY.formatted("Inside"));
		Path secret = Files.createDirectories(temp.resolve("content/companies/secret"));
		Files.setPosixFilePermissions(secret, Set.of());
		try {
			ContentLoader.Loaded loaded = this.loader.load(temp.resolve("content"));
			assertThat(loaded.entries()).extracting((entry) -> entry.matter().title()).containsExactly("Inside");
			assertThat(loaded.allProblems()).extracting(Problem::toString)
				.containsExactly("companies/secret:0: error: cannot read this folder: permission denied");
		}
		finally {
			Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rwx------"));
		}
	}

	@Test
	void problemsNameNoAbsolutePath() {
		assertThat(ContentLoader.reason(new AccessDeniedException("/srv/casebook/content/tools/x.md")))
			.isEqualTo("permission denied");
		assertThat(ContentLoader.reason(new NoSuchFileException("/srv/casebook/content/tools/x.md")))
			.doesNotContain("/srv");
	}

}
