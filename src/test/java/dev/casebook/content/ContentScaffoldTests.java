package dev.casebook.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.casebook.core.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code new KIND "Title"} writes an entry of that kind that lint accepts, and never overwrites one. */
class ContentScaffoldTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void everyKindIsWrittenWithEveryKeyAndPassesLint(@TempDir Path dir) throws IOException {
		for (Kind kind : Kind.values()) {
			assertThat(scaffold(kind.key(), "Acme " + kind.label(), "--content", dir.toString())).isEqualTo(ContentLint.CLEAN);
		}
		assertThat(Files.readString(dir.resolve("companies/acme-company.md"))).contains("title: \"Acme Company\"")
			.contains("# metrics:").contains("# timeline:").contains("# tools:").contains("# draft: true");
		assertThat(Files.readString(dir.resolve("sources/acme-source.md"))).contains("# url:").contains("# published:");
		this.out.reset();
		assertThat(ContentLint.run(new String[] { dir.toString() }, stream(this.out), stream(this.err)))
			.isEqualTo(ContentLint.CLEAN);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("0 errors")
			.contains("companies/acme-company.md:3: warning: the summary is still the text that 'casebook new' wrote");
	}

	@Test
	void anExistingFileIsNeverOverwritten(@TempDir Path dir) throws IOException {
		Path file = Files.createDirectories(dir.resolve("tools")).resolve("deployer.md");
		Files.writeString(file, "mine");
		assertThat(scaffold("tool", "Deployer", "--content", dir.toString())).isEqualTo(ContentLint.USAGE);
		assertThat(Files.readString(file)).isEqualTo("mine");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("already exists");
	}

	@Test
	void aKindFolderNameIsAcceptedAndAnUnknownKindIsAUsageError(@TempDir Path dir) {
		assertThat(scaffold("practices", "Trunk-based development", "--content", dir.toString())).isEqualTo(ContentLint.CLEAN);
		assertThat(dir.resolve("practices/trunk-based-development.md")).exists();
		assertThat(scaffold("widget", "X", "--content", dir.toString())).isEqualTo(ContentLint.USAGE);
		assertThat(scaffold("tool")).isEqualTo(ContentLint.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("unknown kind 'widget'").contains("usage: new");
	}

	private int scaffold(String... args) {
		return ContentScaffold.run(args, stream(this.out), stream(this.err));
	}

	private static PrintStream stream(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

}
