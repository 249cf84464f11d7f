package dev.casebook.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a query's words are read: small words optional, synonym groups, the names it may ask for. */
class QueryWordsTests {

	private static final Map<String, List<String>> SYNONYMS = Map.of("feature flags", List.of("feature flags", "feature toggles"),
			"feature toggles", List.of("feature flags", "feature toggles"), "cd", List.of("cd", "continuous delivery"),
			"continuous delivery", List.of("cd", "continuous delivery"));

	private static QueryWords read(String query) {
		return QueryWords.of(QueryText.parse(query).lowercaseWords(), SYNONYMS);
	}

	@Test
	void smallWordsNeverHaveToMatch() {
		QueryWords words = read("what is a canary release");
		assertThat(words.required()).containsExactly(List.of("canary"), List.of("release"));
		assertThat(words.optional()).containsExactly("what", "is", "a");
		assertThat(words.names()).containsExactly("canary release");
	}

	@Test
	void aQueryOfSmallWordsOnlyMustMatchThem() {
		assertThat(read("the it").required()).containsExactly(List.of("the"), List.of("it"));
	}

	@Test
	void termsWithSynonymsMatchAnyOfTheirGroupAndNameEveryCombination() {
		QueryWords words = read("what are feature flags");
		assertThat(words.required()).containsExactly(List.of("feature flags", "feature toggles"));
		assertThat(words.names()).containsExactlyInAnyOrder("feature flags", "feature toggles");
		assertThat(read("what is cd").names()).containsExactlyInAnyOrder("cd", "continuous delivery");
	}

	@Test
	void aQuestionAboutAnEntryAlsoNamesItWithoutItsVerbs() {
		assertThat(read("how does Etsy deploy").names()).containsExactlyInAnyOrder("etsy deploy", "etsy");
		assertThat(read("how often does Fabrikam Music ship").names()).contains("fabrikam music");
	}

	@Test
	void namesAreReducedAsTitlesAre() {
		assertThat(NameKey.of("The Twelve-Factor App")).isEqualTo("twelve factor app");
		assertThat(NameKey.of("Déploiement continu")).isEqualTo("deploiement continu");
		assertThat(NameKey.of("What is it?")).isEmpty();
	}

}
