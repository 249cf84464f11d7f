package dev.casebook.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search answers the questions readers type: of the natural queries in {@code search/questions.tsv}
 * (titles, "what is …", "how does … deploy", synonyms and abbreviations, figures, word forms,
 * typos), at least {@value #REQUIRED_PERCENT}% rank the expected entry first, on
 * {@code fixtures/questions} with its {@code synonyms.txt}.
 */
@SpringBootTest(properties = "casebook.content-dir=src/test/resources/fixtures/questions")
class SearchQuestionsTests {

	static final int REQUIRED_PERCENT = 95;

	@Autowired
	private SearchService search;

	record Question(String query, String expected) {
	}

	@Test
	void naturalQuestionsRankTheirAnswerFirst() throws IOException {
		List<Question> questions = Files.readAllLines(Path.of("src/test/resources/search/questions.tsv"))
			.stream()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map((line) -> line.split("\t"))
			.map((parts) -> new Question(parts[0], parts[1].strip()))
			.toList();
		List<String> missed = new ArrayList<>();
		for (Question question : questions) {
			List<Hit> hits = this.search.search(SearchRequest.of(question.query(), List.of(), List.of(), null)).hits();
			String top = hits.isEmpty() ? "(no hit)" : hits.get(0).path();
			if (!top.equals(question.expected())) {
				missed.add(question.query() + " -> " + top + ", expected " + question.expected());
			}
		}
		assertThat(questions).hasSizeGreaterThanOrEqualTo(40);
		assertThat(100.0 * (questions.size() - missed.size()) / questions.size()).as(String.join("\n", missed))
			.isGreaterThanOrEqualTo(REQUIRED_PERCENT);
	}

}
