package dev.casebook.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

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

}
