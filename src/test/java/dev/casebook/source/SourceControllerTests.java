package dev.casebook.source;

import java.util.Optional;

import dev.casebook.cite.LinkedData;
import dev.casebook.content.EntryPageDocument;
import dev.casebook.core.RelationType;
import dev.casebook.insights.Insights;
import dev.casebook.insights.NoInsights;
import dev.casebook.model.Company;
import dev.casebook.model.Source;
import dev.casebook.model.SourceRepository;
import dev.casebook.status.EntryFiles;
import dev.casebook.status.EntryPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.casebook.model.TestEntries.company;
import static dev.casebook.model.TestEntries.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

@WebMvcTest(SourceController.class)
@Import(LinkedData.class)
class SourceControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private SourceRepository sources;

	@MockitoBean
	private Insights insights;

	@MockitoBean
	private EntryFiles files;

	@BeforeEach
	void noInsightsAndNoFileNews() {
		given(this.insights.of(any())).willAnswer((call) -> NoInsights.of(call.getArgument(0)));
		given(this.files.now()).willReturn(new EntryPages(Optional.empty(), null));
	}

	@Test
	void sourceShowsItsDetailsAndWhoCitesIt() {
		Source notes = source("course-notes", "Course notes");
		Company etsy = company("etsy", "Etsy");
		etsy.setRelation(RelationType.CITES, notes, true);
		given(this.sources.findBySlug("course-notes")).willReturn(Optional.of(notes));
		EntryPageDocument page = EntryPageDocument.of(this.mvc.get().uri("/sources/course-notes").exchange());
		assertThat(page.document().select(".facts dd").eachText()).contains("Author", "2020", "https://example.org");
		assertThat(page.connected("Cited by")).containsExactly("/companies/etsy");
	}

	@Test
	void unknownSlugRendersNotFound() {
		given(this.sources.findBySlug("nope")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/sources/nope")).hasStatus(404).bodyText().contains("Page not found");
	}

}
