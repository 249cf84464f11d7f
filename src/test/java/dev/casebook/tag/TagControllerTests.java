package dev.casebook.tag;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.casebook.content.TestEntries.company;
import static dev.casebook.content.TestEntries.practice;
import static dev.casebook.content.TestEntries.tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(TagController.class)
class TagControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private TagRepository tags;

	@Test
	void listShowsTagsWithCounts() {
		given(this.tags.countEntries()).willReturn(List.of(new TagCount("deployment", 12), new TagCount("culture", 3)));
		assertThat(this.mvc.get().uri("/tags")).hasStatusOk()
			.bodyText()
			.contains("href=\"/tags/deployment\"")
			.contains("<span class=\"count\">12</span>");
	}

	@Test
	void tagPageGroupsEntriesByKindWithCounts() {
		given(this.tags.findEntriesTagged("deployment")).willReturn(List.of(company("etsy", "Etsy"),
				tool("deployinator", "Deployinator"), tool("spinnaker", "Spinnaker"), practice("canary", "Canary")));
		assertThat(this.mvc.get().uri("/tags/deployment")).hasStatusOk()
			.bodyText()
			.contains("4 entries")
			.contains("<span>Companies</span> <span class=\"count\">1</span>")
			.contains("<span>Tools</span> <span class=\"count\">2</span>")
			.contains("href=\"/tools/spinnaker\"");
	}

	@Test
	void unknownTagRendersNotFound() {
		given(this.tags.findEntriesTagged("nope")).willReturn(List.of());
		assertThat(this.mvc.get().uri("/tags/nope")).hasStatus(404).bodyText().contains("Page not found");
	}


	@Test
	void tagPageSearchesWithinItsTag() {
		given(this.tags.findEntriesTagged("deployment")).willReturn(List.of(company("etsy", "Etsy")));
		MvcTestResult result = this.mvc.get().uri("/tags/deployment").exchange();
		Element form = Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
			.selectFirst("form.tag-search");
		assertThat(form.attr("action")).isEqualTo("/search");
		assertThat(form.select("input[type=hidden][name=tag]").attr("value")).isEqualTo("deployment");
		assertThat(form.select("input[type=search][name=q]")).hasSize(1);
		assertThat(form.select("label").text()).isEqualTo("Search within deployment");
	}

}
