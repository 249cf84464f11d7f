package dev.casebook.web;

import dev.casebook.CasebookProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageHeadTests {

	private final SiteAddress site = new SiteAddress(new CasebookProperties(null, false, null, "https://casebook.example//"));

	@Test
	void theCanonicalAddressIsTheConfiguredSiteAndThePathWithoutItsQuery() {
		assertThat(new PageHead(this.site, "/tools").canonical()).isEqualTo("https://casebook.example/tools");
		assertThat(new PageHead(this.site, "").canonical()).isEqualTo("https://casebook.example/");
	}

	@Test
	void everyPageOffersTheSiteFeedAndEntryAndTagPagesAlsoTheirOwn() {
		assertThat(new PageHead(this.site, "/search").feeds()).extracting(PageHead.Feed::href)
			.containsExactly("https://casebook.example/feed.atom");
		assertThat(new PageHead(this.site, "/practices/canary-release").feeds()).extracting(PageHead.Feed::href)
			.containsExactly("https://casebook.example/feed.atom", "https://casebook.example/feeds/practices.atom");
		assertThat(new PageHead(this.site, "/tools").feeds()).extracting(PageHead.Feed::href)
			.contains("https://casebook.example/feeds/tools.atom");
		assertThat(new PageHead(this.site, "/tags/cloud").feeds()).extracting(PageHead.Feed::title)
			.containsExactly("Casebook: recently changed entries", "Casebook: entries tagged cloud");
		assertThat(new PageHead(this.site, "/practices/matrix/x").feeds()).hasSize(1);
	}

	@Test
	void onlyACompanyPageHasADrawnCard() {
		assertThat(new PageHead(this.site, "/companies/etsy").image())
			.isEqualTo("https://casebook.example/companies/etsy/card.png");
		assertThat(new PageHead(this.site, "/companies").image()).isNull();
		assertThat(new PageHead(this.site, "/tools/chef").image()).isNull();
	}

	@Test
	void aPageWithoutADescriptionGetsTheSitesOwn() {
		assertThat(new PageHead(this.site, "/").description(" ")).isEqualTo(PageHead.DEFAULT_DESCRIPTION);
		assertThat(new PageHead(this.site, "/").description("Mine.")).isEqualTo("Mine.");
	}

}
