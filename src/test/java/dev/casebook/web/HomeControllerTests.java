package dev.casebook.web;

import java.util.List;

import dev.casebook.core.Kind;
import dev.casebook.model.Adoption;
import dev.casebook.model.CompanyRepository;
import dev.casebook.model.PracticeRepository;
import dev.casebook.model.TagCount;
import dev.casebook.model.TagRepository;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.casebook.model.TestEntries.card;
import static dev.casebook.model.TestEntries.practice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

@WebMvcTest(HomeController.class)
class HomeControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CompanyRepository companies;

	@MockitoBean
	private PracticeRepository practices;

	@MockitoBean
	private TagRepository tags;

	@Test
	void homeShowsCompaniesMostAdoptedPracticesAndTagCloud() {
		given(this.companies.findCards(any(Pageable.class))).willReturn(new PageImpl<>(List.of(card(Kind.COMPANY, "etsy", "Etsy"))));
		given(this.practices.findMostAdopted(any(Limit.class)))
			.willReturn(List.of(new Adoption(practice("continuous-delivery", "Continuous delivery"), 3),
					new Adoption(practice("chaos-engineering", "Chaos engineering"), 1)));
		given(this.tags.countEntries()).willReturn(List.of(new TagCount("deployment", 9)));
		Document page = HtmlPages.get(this.mvc, "/", 200);
		assertThat(HtmlPages.links(page, "/companies/etsy")).isNotEmpty();
		assertThat(page.text()).contains("3 companies").contains("1 company");
		assertThat(HtmlPages.links(page, "/tags/deployment").eachAttr("data-weight")).containsExactly("3");
	}

}
