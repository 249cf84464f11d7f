package dev.casebook.web;

import java.util.List;

import dev.casebook.content.Kind;
import dev.casebook.company.CompanyRepository;
import dev.casebook.practice.Adoption;
import dev.casebook.practice.PracticeRepository;
import dev.casebook.tag.TagCount;
import dev.casebook.tag.TagRepository;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.casebook.content.TestEntries.card;
import static dev.casebook.content.TestEntries.practice;
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
