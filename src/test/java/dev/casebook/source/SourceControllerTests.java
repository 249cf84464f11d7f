package dev.casebook.source;

import java.util.Optional;

import dev.casebook.company.Company;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.casebook.content.TestEntries.company;
import static dev.casebook.content.TestEntries.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(SourceController.class)
class SourceControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private SourceRepository sources;

	@Test
	void sourceShowsItsDetailsAndWhoCitesIt() {
		Source notes = source("course-notes", "Course notes");
		Company etsy = company("etsy", "Etsy");
		etsy.addSource(notes);
		given(this.sources.findBySlug("course-notes")).willReturn(Optional.of(notes));
		assertThat(this.mvc.get().uri("/sources/course-notes")).hasStatusOk()
			.bodyText()
			.contains("<dd>Author</dd>")
			.contains("href=\"https://example.org\"")
			.contains("Cited by")
			.contains("href=\"/companies/etsy\"");
	}

	@Test
	void unknownSlugRendersNotFound() {
		given(this.sources.findBySlug("nope")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/sources/nope")).hasStatus(404).bodyText().contains("Page not found");
	}

}
