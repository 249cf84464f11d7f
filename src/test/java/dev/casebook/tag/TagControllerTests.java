package dev.casebook.tag;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.casebook.model.TagCount;
import dev.casebook.model.TagRepository;
import dev.casebook.web.HtmlPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.casebook.model.TestEntries.company;
import static dev.casebook.model.TestEntries.practice;
import static dev.casebook.model.TestEntries.tool;
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
		Document page = HtmlPages.get(this.mvc, "/tags", 200);
		assertThat(HtmlPages.links(page, "/tags/deployment").select(".count").eachText()).containsExactly("12");
	}

	@Test
	void tagPageGroupsEntriesByKindWithCounts() {
		given(this.tags.findEntriesTagged("deployment")).willReturn(List.of(company("etsy", "Etsy"),
				tool("deployinator", "Deployinator"), tool("spinnaker", "Spinnaker"), practice("canary", "Canary")));
		Document page = HtmlPages.get(this.mvc, "/tags/deployment", 200);
		assertThat(page.text()).contains("4 entries");
		assertThat(page.select("section.relation > h2").eachText()).contains("Companies 1", "Tools 2");
		assertThat(HtmlPages.links(page, "/tools/spinnaker")).isNotEmpty();
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
