package dev.casebook.timeline;

import dev.casebook.SampleRelations;
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
		assertThat(this.mvc.get().uri("/timeline")).hasStatusOk()
			.bodyText()
			.contains("<h2 id=\"year-2008\">2008</h2>")
			.contains("<h2 id=\"year-2009\">2009</h2>")
			.contains("Etsy let developers deploy.")
			.contains("href=\"/companies/netflix#event-1\"")
			.contains("href=\"/sources/notes\"");
	}

	@Test
	void filtersKeepTheEventsOfACompanyOrNamingAToolOrPractice() {
		assertThat(this.mvc.get().uri("/timeline?company=etsy")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"etsy\" selected=\"selected\">Etsy</option>")
			.contains("Etsy let developers deploy.")
			.doesNotContain("Netflix built Spinnaker");
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
		assertThat(this.mvc.get().uri("/timeline?tool=nope")).hasStatus(400).bodyText().contains("Parameter &#39;tool&#39;");
		assertThat(this.mvc.get().uri("/timeline?practice=etsy")).hasStatus(400)
			.bodyText()
			.contains("Parameter &#39;practice&#39;: no practice &#39;etsy&#39;");
	}

	@Test
	void aMistypedFilterSuggestsTheClosestEntryOfItsKind() {
		assertThat(this.mvc.get().uri("/timeline?tool=jenkns")).hasStatus(400)
			.bodyText()
			.contains("no tool &#39;jenkns&#39;; did you mean &#39;jenkins&#39;?");
	}

}
