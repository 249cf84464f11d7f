package dev.casebook.content;

import java.util.List;

import dev.casebook.core.Suggestions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTests {

	@Test
	void theClosestNameIsFoundWhateverItsCaseAndTheSpaceAroundTheMistypedOne() {
		assertThat(Suggestions.closest(" KUBERNETS ", List.of("Terraform", "Kubernetes", "Nomad")))
			.contains("Kubernetes");
	}

	@Test
	void aNameIsCloseWhenAtMostAThirdOfItsCharactersDiffer() {
		assertThat(Suggestions.closest("abcdef", List.of("abcdxy"))).contains("abcdxy");
		assertThat(Suggestions.closest("abcdef", List.of("abcxyz"))).isEmpty();
		assertThat(Suggestions.closest("abcdefghijkl", List.of("abcdefghwxyz"))).contains("abcdefghwxyz");
		assertThat(Suggestions.closest("abcdefghijkl", List.of("abcdefgvwxyz"))).isEmpty();
	}

	@Test
	void evenAShortNameMayDifferInTwoCharacters() {
		assertThat(Suggestions.closest("ab", List.of("xy"))).contains("xy");
		assertThat(Suggestions.closest("ab", List.of("xyz"))).isEmpty();
	}

	@Test
	void theFirstOfEquallyCloseNamesWins() {
		assertThat(Suggestions.closest("cat", List.of("hat", "bat"))).contains("hat");
		assertThat(Suggestions.closest("cat", List.of("bat", "hat"))).contains("bat");
	}

	@Test
	void didYouMeanNamesTheClosestNameOrSaysNothing() {
		assertThat(Suggestions.didYouMean("terrafrom", List.of("terraform"))).isEqualTo("; did you mean 'terraform'?");
		assertThat(Suggestions.didYouMean("terrafrom", List.of("ansible"))).isEmpty();
		assertThat(Suggestions.didYouMean("terrafrom", List.of())).isEmpty();
	}

	@Test
	void distanceIsExactUpToTheLimitAndOneAboveItBeyond() {
		assertThat(Suggestions.distance("kitten", "sitting", 3)).isEqualTo(3);
		assertThat(Suggestions.distance("kitten", "kitten", 0)).isZero();
		assertThat(Suggestions.distance("kitten", "sitting", 2)).isEqualTo(3);
		assertThat(Suggestions.distance("a", "abcdefgh", 2)).isEqualTo(3);
		assertThat(Suggestions.distance("", "", 0)).isZero();
	}

}
