package dev.casebook.tool;

import dev.casebook.content.EntryPageDocument;
import java.util.List;
import java.util.Optional;

import dev.casebook.company.Company;
import dev.casebook.content.EntryCard;
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

@WebMvcTest(ToolController.class)
class ToolControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ToolRepository tools;

	@Test
	void listShowsEveryTool() {
		given(this.tools.findCards(any(Pageable.class))).willReturn(new PageImpl<>(List.of(card(Kind.TOOL, "chef", "Chef"))));
		assertThat(this.mvc.get().uri("/tools")).hasStatusOk().bodyText().contains("href=\"/tools/chef\"");
	}

	@Test
	void longListsComeInPagesAndOddPageNumbersShowTheNearestPage() {
		// like the database: 250 tools, so a page past the third has no cards
		given(this.tools.findCards(any(Pageable.class))).willAnswer((call) -> {
			Pageable asked = call.getArgument(0, Pageable.class);
			List<EntryCard> cards = (asked.getOffset() < 250) ? List.of(card(Kind.TOOL, "chef", "Chef")) : List.of();
			return new PageImpl<>(cards, asked, 250);
		});
		assertThat(this.mvc.get().uri("/tools")).hasStatusOk()
			.bodyText()
			.contains("<span class=\"count\">250</span>")
			.contains("Page 1 of 3")
			.contains("href=\"/tools?page=2\"")
			.doesNotContain("rel=\"prev\"");
		assertThat(this.mvc.get().uri("/tools?page=2")).bodyText().contains("Page 2 of 3").contains("href=\"/tools?page=1\"");
		assertThat(this.mvc.get().uri("/tools?page=99")).bodyText().contains("Page 3 of 3");
		assertThat(this.mvc.get().uri("/tools?page=-4")).bodyText().contains("Page 1 of 3");
		assertThat(this.mvc.get().uri("/tools?page=two")).bodyText().contains("Page 1 of 3");
	}

	@Test
	void toolShowsCreatorUsersAndPractices() {
		Tool spinnaker = tool("spinnaker", "Spinnaker");
		Company netflix = company("netflix", "Netflix");
		spinnaker.createdBy(netflix);
		netflix.use(spinnaker);
		spinnaker.support(practice("blue-green-deployment", "Blue-green deployment"));
		given(this.tools.findBySlug("spinnaker")).willReturn(Optional.of(spinnaker));
		EntryPageDocument page = EntryPageDocument.of(this.mvc.get().uri("/tools/spinnaker").exchange());
		assertThat(page.connected("Created by")).containsExactly("/companies/netflix");
		assertThat(page.connected("Used by")).as("the creator is listed once").isEmpty();
		assertThat(page.connected("Supports")).containsExactly("/practices/blue-green-deployment");
	}

	@Test
	void unknownSlugRendersNotFound() {
		given(this.tools.findBySlug("nope")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/tools/nope")).hasStatus(404).bodyText().contains("Page not found");
	}

}
