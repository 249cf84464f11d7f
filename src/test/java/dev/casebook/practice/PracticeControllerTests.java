package dev.casebook.practice;

import dev.casebook.content.EntryPageDocument;
import java.util.List;
import java.util.Optional;

import dev.casebook.content.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.casebook.content.TestEntries.card;
import static dev.casebook.content.TestEntries.company;
import static dev.casebook.content.TestEntries.practice;
import static dev.casebook.content.TestEntries.tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

@WebMvcTest(PracticeController.class)
class PracticeControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private PracticeRepository practices;

	@Test
	void listShowsEveryPractice() {
		given(this.practices.findCards(any(Pageable.class))).willReturn(new PageImpl<>(List.of(card(Kind.PRACTICE, "canary-release", "Canary release"))));
		assertThat(this.mvc.get().uri("/practices")).hasStatusOk().bodyText().contains("Canary release");
	}

	@Test
	void practiceShowsAdoptersToolsAndRelatedPractices() {
		Practice canary = practice("canary-release", "Canary release");
		company("facebook", "Facebook").adopt(canary);
		tool("spinnaker", "Spinnaker").support(canary);
		canary.relate(practice("staged-rollout", "Staged rollout"));
		given(this.practices.findBySlug("canary-release")).willReturn(Optional.of(canary));
		EntryPageDocument page = EntryPageDocument.of(this.mvc.get().uri("/practices/canary-release").exchange());
		assertThat(page.relations()).containsExactly("Adopted by", "Supported by", "Related");
		assertThat(page.connected("Adopted by")).containsExactly("/companies/facebook");
		assertThat(page.connected("Supported by")).containsExactly("/tools/spinnaker");
		assertThat(page.connected("Related")).containsExactly("/practices/staged-rollout");
	}

	@Test
	void unknownSlugRendersNotFound() {
		given(this.practices.findBySlug("nope")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/practices/nope")).hasStatus(404).bodyText().contains("Page not found");
	}

}
