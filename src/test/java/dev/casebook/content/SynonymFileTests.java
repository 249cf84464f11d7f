package dev.casebook.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.casebook.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code synonyms.txt}: groups of terms, comments, and lines lint reports. */
class SynonymFileTests {

	@Test
	void eachLineIsAGroupOfTermsReadAsSearchReadsThem() {
		SynonymFile file = SynonymFile.parse("# comment\nFeature Flags, feature toggles\n\ncd, Continuous Delivery # same\n"
				+ "post-mortem, postmortem\n");
		assertThat(file.groups()).containsExactly(List.of("feature flags", "feature toggles"),
				List.of("cd", "continuous delivery"), List.of("post mortem", "postmortem"));
		assertThat(file.problems()).isEmpty();
	}

	@Test
	void aLineWithOneTermIsReportedOnItsLine() {
		assertThat(SynonymFile.parse("a, b\nlonely\n").problems()).extracting(Problem::toString)
			.containsExactly("synonyms.txt:2: warning: a line of synonyms needs two or more terms separated by commas: "
					+ "'lonely'");
	}

	@Test
	void lintChecksTheSynonymsOfTheFolder(@TempDir Path dir) throws IOException {
		Files.createDirectories(dir.resolve("sources"));
		Files.writeString(dir.resolve("sources/s.md"), "---\ntitle: S\nsummary: S.\npublished: 2020\n---\nBody.\n");
		Files.writeString(dir.resolve("synonyms.txt"), "ci, continuous integration\nk8s\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ContentLint.run(new String[] { dir.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("synonyms.txt:2: warning: a line of synonyms needs two");
	}

}
