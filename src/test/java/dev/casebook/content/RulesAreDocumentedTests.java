package dev.casebook.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.casebook.core.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The content format guide lists every rule lint applies, at its level, with an example of its message. */
class RulesAreDocumentedTests {

	@Test
	void everyRuleHasARowWithItsLevelAndExample() throws IOException {
		List<String> rows = Files.readAllLines(Path.of("docs/content-format.md"))
			.stream()
			.filter((line) -> line.startsWith("| `"))
			.toList();
		for (Rule rule : Rule.values()) {
			assertThat(rows).as(rule.id())
				.anySatisfy((row) -> assertThat(row).startsWith("| `" + rule.id() + "` | " + rule.severity().label() + " |")
					.contains("`" + rule.example().replace("|", "\\|") + "`"));
		}
	}

}
