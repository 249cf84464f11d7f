package dev.casebook.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTextTests {

	@Test
	void wordsPhrasesAndExclusionsAreToldApart() {
		QueryText query = QueryText.parse("canary \"blue green\" -chaos -\"big bang\" release");
		assertThat(query.words()).containsExactly("canary", "release");
		assertThat(query.phrases()).containsExactly("blue green");
		assertThat(query.excluded()).containsExactly("chaos", "big bang");
		assertThat(query.shortened()).isFalse();
	}

	@Test
	void hyphenatedWordIsMatchedAsAPhrase() {
		QueryText query = QueryText.parse("blue-green");
		assertThat(query.phrases()).containsExactly("blue-green");
		assertThat(query.words()).isEmpty();
	}

	@Test
	void unbalancedQuoteIsReadAsASpace() {
		QueryText query = QueryText.parse("\"blue green");
		assertThat(query.words()).containsExactly("blue", "green");
		assertThat(query.phrases()).isEmpty();
	}

	@Test
	void termsWithoutLettersOrDigitsAreDropped() {
		QueryText query = QueryText.parse("( ) * ? ~ ^ : - -- \" \" && || \\");
		assertThat(query.isEmpty()).isTrue();
	}

	@Test
	void controlAndFormatCharactersBecomeSpaces() {
		QueryText query = QueryText.parse("chaos\u0000monkey\u200B\u0007 \u202Edeploy\uE000");
		assertThat(query.text()).isEqualTo("chaos monkey deploy");
		assertThat(query.words()).containsExactly("chaos", "monkey", "deploy");
	}

	@Test
	void fullWidthLettersAreNormalised() {
		assertThat(QueryText.parse("ｃａｎａｒｙ").words()).containsExactly("canary");
	}

	@Test
	void longInputIsCutAndSaysSo() {
		QueryText query = QueryText.parse("deploy ".repeat(2000));
		assertThat(query.text().length()).isLessThanOrEqualTo(QueryText.MAX_LENGTH);
		assertThat(query.words()).hasSize(QueryText.MAX_TERMS);
		assertThat(query.shortened()).isTrue();
	}

	@Test
	void cutNeverSplitsACharacter() {
		QueryText query = QueryText.parse("😀".repeat(600));
		assertThat(query.text().codePointCount(0, query.text().length())).isEqualTo(QueryText.MAX_LENGTH);
		assertThat(query.shortened()).isTrue();
	}

	@Test
	void positiveWordsSplitPhrasesAndLeaveOutExclusions() {
		assertThat(QueryText.parse("Chaos \"Blue-Green deploy\" -monkey").positiveWords())
			.containsExactly("chaos", "blue", "green", "deploy");
	}

	@Test
	void missingTextIsEmpty() {
		assertThat(QueryText.parse(null).isEmpty()).isTrue();
		assertThat(QueryText.parse("   ").text()).isEmpty();
	}

}
