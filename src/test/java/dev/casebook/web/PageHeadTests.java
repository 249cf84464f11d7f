package dev.casebook.web;

import dev.casebook.CasebookProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageHeadTests {

	private final SiteAddress site = new SiteAddress(new CasebookProperties(null, false, null, "https://casebook.example//", null, false));

	@Test
	void theCanonicalAddressIsTheConfiguredSiteAndThePathWithoutItsQuery() {
		assertThat(new PageHead(this.site, "/tools", null).canonical()).isEqualTo("https://casebook.example/tools");
		assertThat(new PageHead(this.site, "", null).canonical()).isEqualTo("https://casebook.example/", null, false);
	}

	@Test
	void aLaterPageOfAListKeepsItsNumberAndNothingElse() {
		assertThat(new PageHead(this.site, "/sources", "2").canonical()).isEqualTo("https://casebook.example/sources?page=2");
		assertThat(new PageHead(this.site, "/sources", "1").canonical()).isEqualTo("https://casebook.example/sources");
		assertThat(new PageHead(this.site, "/sources", "2&x=<y>").canonical())
			.isEqualTo("https://casebook.example/sources");
	}

	@Test
	void everyPageOffersTheSiteFeedAndEntryAndTagPagesAlsoTheirOwn() {
		assertThat(new PageHead(this.site, "/search", null).feeds()).extracting(PageHead.Feed::href)
			.containsExactly("https://casebook.example/feed.atom");
		assertThat(new PageHead(this.site, "/practices/canary-release", null).feeds()).extracting(PageHead.Feed::href)
			.containsExactly("https://casebook.example/feed.atom", "https://casebook.example/feeds/practices.atom");
		assertThat(new PageHead(this.site, "/tools", null).feeds()).extracting(PageHead.Feed::href)
			.contains("https://casebook.example/feeds/tools.atom");
		assertThat(new PageHead(this.site, "/tags/cloud", null).feeds()).extracting(PageHead.Feed::title)
			.containsExactly("Casebook: recently changed entries", "Casebook: entries tagged cloud");
		assertThat(new PageHead(this.site, "/practices/matrix/x", null).feeds()).hasSize(1);
	}

	@Test
	void onlyACompanyPageHasADrawnCard() {
		assertThat(new PageHead(this.site, "/companies/etsy", null).image())
			.isEqualTo("https://casebook.example/companies/etsy/card.png");
		assertThat(new PageHead(this.site, "/companies", null).image()).isNull();
		assertThat(new PageHead(this.site, "/tools/chef", null).image()).isNull();
	}

	@Test
	void aPageWithoutADescriptionGetsTheSitesOwn() {
		assertThat(new PageHead(this.site, "/", null).description(" ")).isEqualTo(PageHead.DEFAULT_DESCRIPTION);
		assertThat(new PageHead(this.site, "/", null).description("Mine.")).isEqualTo("Mine.");
	}

}
