package dev.casebook.timeline;

import dev.casebook.SampleRelations;
import dev.casebook.web.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(TimelineController.class)
@Import(SampleRelations.class)
class TimelineControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void everyEventIsListedUnderItsYear() {
		Document page = HtmlPages.get(this.mvc, "/timeline", 200);
		assertThat(page.select("h2#year-2008").eachText()).containsExactly("2008");
		assertThat(page.select("h2#year-2009").eachText()).containsExactly("2009");
		assertThat(page.text()).contains("Etsy let developers deploy.");
		assertThat(HtmlPages.links(page, "/companies/netflix#event-1")).isNotEmpty();
		assertThat(HtmlPages.links(page, "/sources/notes")).isNotEmpty();
	}

	@Test
	void filtersKeepTheEventsOfACompanyOrNamingAToolOrPractice() {
		Document etsy = HtmlPages.get(this.mvc, "/timeline?company=etsy", 200);
		assertThat(etsy.select("select[name=company] option[selected]").eachAttr("value")).containsExactly("etsy");
		assertThat(etsy.select("select[name=company] option[selected]").eachText()).containsExactly("Etsy");
		assertThat(etsy.text()).contains("Etsy let developers deploy.").doesNotContain("Netflix built Spinnaker");
		assertThat(this.mvc.get().uri("/timeline?tool=spinnaker&practice=chaos-engineering")).hasStatusOk()
			.bodyText()
			.contains("Netflix built Spinnaker")
			.doesNotContain("Etsy let developers deploy.");
		assertThat(this.mvc.get().uri("/timeline?tool=jenkins")).hasStatusOk()
			.bodyText()
			.contains("0 events");
	}

	@Test
	void unknownOrWrongKindFilterIsABadRequestNamingTheParameter() {
		assertThat(HtmlPages.badRequestMessage(this.mvc, "/timeline?tool=nope")).contains("Parameter 'tool'");
		assertThat(HtmlPages.badRequestMessage(this.mvc, "/timeline?practice=etsy"))
			.contains("Parameter 'practice': no practice 'etsy'");
	}

	@Test
	void aMistypedFilterSuggestsTheClosestEntryOfItsKind() {
		assertThat(HtmlPages.badRequestMessage(this.mvc, "/timeline?tool=jenkns"))
			.contains("no tool 'jenkns'; did you mean 'jenkins'?");
	}

}
