package dev.casebook.tool;

import java.util.List;
import java.util.Optional;

import dev.casebook.company.Company;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.casebook.content.TestEntries.company;
import static dev.casebook.content.TestEntries.practice;
import static dev.casebook.content.TestEntries.tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(ToolController.class)
class ToolControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ToolRepository tools;

	@Test
	void listShowsEveryTool() {
		given(this.tools.findAllByOrderByTitle()).willReturn(List.of(tool("chef", "Chef")));
		assertThat(this.mvc.get().uri("/tools")).hasStatusOk().bodyText().contains("href=\"/tools/chef\"");
	}

	@Test
	void toolShowsCreatorUsersAndPractices() {
		Tool spinnaker = tool("spinnaker", "Spinnaker");
		Company netflix = company("netflix", "Netflix");
		spinnaker.createdBy(netflix);
		netflix.use(spinnaker);
		spinnaker.support(practice("blue-green-deployment", "Blue-green deployment"));
		given(this.tools.findBySlug("spinnaker")).willReturn(Optional.of(spinnaker));
		assertThat(this.mvc.get().uri("/tools/spinnaker")).hasStatusOk()
			.bodyText()
			.contains("<dt>Created by</dt>")
			.contains("Used by")
			.contains("href=\"/companies/netflix\"")
			.contains("href=\"/practices/blue-green-deployment\"");
	}

	@Test
	void unknownSlugRendersNotFound() {
		given(this.tools.findBySlug("nope")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/tools/nope")).hasStatus(404).bodyText().contains("Page not found");
	}

}
