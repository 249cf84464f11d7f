package dev.casebook.search;

import java.util.List;

import dev.casebook.core.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchRequestTests {

	@Test
	void parametersAreReadAndLinksRebuildThem() {
		SearchRequest request = SearchRequest.of("c++ \"blue green\"", List.of("deployment", "release"),
				List.of("practice"), "2");
		assertThat(request.page()).isEqualTo(2);
		assertThat(request.kinds()).containsExactly(Kind.PRACTICE);
		assertThat(request.href())
			.isEqualTo("/search?q=c%2B%2B+%22blue+green%22&tag=deployment&tag=release&kind=practice&page=2");
		assertThat(request.notices()).isEmpty();
	}

	@Test
	void togglingAFilterAddsOrRemovesItAndGoesBackToPageOne() {
		SearchRequest request = SearchRequest.of("deploy", List.of("deployment"), List.of(), "3");
		assertThat(request.toggleTag("release")).isEqualTo("/search?q=deploy&tag=deployment&tag=release");
		assertThat(request.toggleTag("deployment")).isEqualTo("/search?q=deploy");
		assertThat(request.toggleKind(Kind.TOOL)).isEqualTo("/search?q=deploy&tag=deployment&kind=tool");
		assertThat(request.pageHref(4)).isEqualTo("/search?q=deploy&tag=deployment&page=4");
	}

	@Test
	void badPagesFallBackToTheFirstAndSaySo() {
		for (String page : new String[] { "-1", "0", "abc", "1e3", " " }) {
			SearchRequest request = SearchRequest.of("x", null, null, page);
			assertThat(request.page()).as(page).isEqualTo(1);
		}
		assertThat(SearchRequest.of("x", null, null, "abc").notices()).singleElement()
			.asString()
			.contains("Parameter 'page'");
	}

	@Test
	void hugePagesAreCapped() {
		assertThat(SearchRequest.of("x", null, null, "99999999999999999999").page()).isEqualTo(SearchRequest.MAX_PAGE);
		assertThat(SearchRequest.of("x", null, null, "2147483648").page()).isEqualTo(SearchRequest.MAX_PAGE);
	}

	@Test
	void unknownKindsAreIgnoredWithANoticeNamingTheParameter() {
		SearchRequest request = SearchRequest.of("", null, List.of("tools", "Company", "<b>robot</b>"), null);
		assertThat(request.kinds()).containsExactly(Kind.TOOL, Kind.COMPANY);
		assertThat(request.notices()).singleElement().asString().contains("Parameter 'kind'").contains("robot");
	}

	@Test
	void tagsAreLowercasedDeduplicatedAndLimited() {
		List<String> many = java.util.stream.IntStream.range(0, 15).mapToObj((i) -> "t" + i).toList();
		assertThat(SearchRequest.of("", List.of("Deployment", "deployment", " "), null, null).tags())
			.containsExactly("deployment");
		SearchRequest request = SearchRequest.of("", many, null, null);
		assertThat(request.tags()).hasSize(SearchRequest.MAX_TAGS);
		assertThat(request.notices()).isNotEmpty().allSatisfy((notice) -> assertThat(notice).contains("'tag'"));
	}

	@Test
	void longQuerySaysItWasShortened() {
		SearchRequest request = SearchRequest.of("a".repeat(10_000), null, null, null);
		assertThat(request.notices()).singleElement().asString().contains("shortened to 500 characters");
	}


	@Test
	void tagsCanBeRequiredEnoughAloneOrLeftOut() {
		SearchRequest request = SearchRequest.of("deploy", List.of("release"), List.of("netflix", "etsy"), List.of("legacy"),
				null, null);
		assertThat(request.anyTags()).containsExactly("netflix", "etsy");
		assertThat(request.notTags()).containsExactly("legacy");
		assertThat(request.href()).isEqualTo("/search?q=deploy&tag=release&tag-any=netflix&tag-any=etsy&-tag=legacy");
		assertThat(request.toggleNotTag("release")).isEqualTo(
				"/search?q=deploy&tag-any=netflix&tag-any=etsy&-tag=legacy&-tag=release");
		assertThat(request.toggleAnyTag("netflix")).isEqualTo("/search?q=deploy&tag=release&tag-any=etsy&-tag=legacy");
	}

}
