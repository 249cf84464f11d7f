package dev.casebook.web;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entry pages in a real browser: the neighbourhood drawn on the server, readable in both themes and
 * without the graph library; the table of contents that stays in view beside the body (first on a
 * phone) and marks where one reads;
 * numbered references the figures and the text point to.
 */
@EnabledIf(value = "dev.casebook.web.Browser#available", disabledReason = Browser.UNAVAILABLE)
class BrowserEntryPageTests extends BrowserTestSupport {

	@AfterEach
	void resetBrowser() {
		browser.resize(Browser.DESKTOP);
		browser.theme("light");
	}

	@Test
	void theNeighbourhoodIsAPictureOfLinksAndNoGraphLibraryLoads() {
		open("/companies/acme-market");
		List<WebElement> nodes = browser.driver().findElements(By.cssSelector(".neighbourhood svg a"));
		assertThat(nodes).isNotEmpty();
		assertThat(nodes).allSatisfy((node) -> assertThat(node.getDomAttribute("href")).startsWith("/"));
		assertThat(browser.driver().findElements(By.cssSelector(".neighbourhood .legend li"))).isNotEmpty();
		assertThat(browser.script("return typeof window.cytoscape")).isEqualTo("undefined");
		nodes.get(0).findElement(By.tagName("circle")).click();
		assertThat(browser.driver().getCurrentUrl()).doesNotEndWith("/companies/acme-market");
	}

	@Test
	void everyEntryPageDescribesItselfInJsonLdThatParses() {
		for (String path : List.of("/companies/acme-market", "/tools/rocketcart", "/practices/progressive-rollout",
				"/sources/acme-market-engineering-blog")) {
			open(path);
			Object types = browser.script("""
					var graph = JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent)['@graph'];
					return graph.map(function (thing) { return thing['@type']; })
					  .concat([graph[0].breadcrumb['@type'], graph[0].url]);""");
			assertThat(types).as(path).asList().hasSize(4).element(0).isEqualTo("WebPage");
			assertThat(types).as(path).asList().element(2).isEqualTo("BreadcrumbList");
			assertThat(types).as(path).asList().element(3).isEqualTo(browser.driver().getCurrentUrl());
		}
		open("/companies/acme-market");
		assertThat(browser.script("return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]')"
				+ ".textContent)['@graph'][1]['@type']")).isEqualTo("Organization");
	}

	@Test
	void theNeighbourhoodsLabelsKeepTheirContrastInBothThemes() {
		for (String theme : List.of("light", "dark")) {
			browser.theme(theme);
			open("/companies/acme-market");
			Object ratio = browser.script("""
					function luminance(colour) {
					  var c = colour.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number).map(function (v) {
					    v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
					  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
					}
					var text = getComputedStyle(document.querySelector('.nbh text')).fill;
					var page = getComputedStyle(document.body).backgroundColor;
					var a = luminance(text), b = luminance(page);
					return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);""");
			assertThat(((Number) ratio).doubleValue()).as(theme).isGreaterThanOrEqualTo(4.5);
		}
	}

	@Test
	void theTableOfContentsStaysInViewAndMarksTheSectionBeingRead() {
		browser.resize(new Dimension(Browser.DESKTOP.width, 420));
		open("/practices/progressive-rollout");
		List<WebElement> links = browser.driver().findElements(By.cssSelector(".contents .toc a"));
		WebElement second = links.get(1);
		String heading = second.getDomAttribute("href").substring(1);
		browser.script("document.getElementById(arguments[0]).scrollIntoView()", heading);
		browser.waiting().until((driver) -> "location".equals(second.getDomAttribute("aria-current")));
		Number top = (Number) browser.script("return document.querySelector('.contents .toc').getBoundingClientRect().top");
		assertThat(top.doubleValue()).as("the table is in view after scrolling").isBetween(0.0, 420.0);
		assertThat(links).filteredOn((link) -> link.getDomAttribute("aria-current") != null).containsExactly(second);
	}

	@Test
	void theContentsAndConnectionsStandBesideALongBodyAndTheContentsLeadOnAPhone() {
		open("/practices/progressive-rollout");
		assertThat(box(".entry-side").getX()).as("the side column is right of the body")
			.isGreaterThanOrEqualTo(box(".prose").getX() + box(".prose").getWidth());
		assertThat(box(".entry-side").getY()).isEqualTo(box(".prose").getY());
		browser.resize(Browser.PHONE);
		open("/practices/progressive-rollout");
		assertThat(box(".contents").getY()).as("the contents come before the body").isLessThan(box(".prose").getY());
		assertThat(box(".connections").getY()).as("the connections come after it")
			.isGreaterThan(box(".prose").getY() + box(".prose").getHeight());
	}

	@Test
	void aFiguresNumberedSourceLeadsToItsReference() {
		open("/companies/acme-market");
		WebElement cite = browser.driver().findElement(By.cssSelector(".figure-source a.cite"));
		String target = cite.getDomAttribute("href");
		cite.click();
		WebElement reference = browser.driver().findElement(By.cssSelector(target));
		assertThat(reference.findElement(By.cssSelector("a")).getText()).isEqualTo(cite.getDomAttribute("title"));
		assertThat((Boolean) browser.script("return document.querySelector(arguments[0]).matches(':target')", target)).isTrue();
	}

	private static Rectangle box(String selector) {
		return browser.driver().findElement(By.cssSelector(selector)).getRect();
	}

}
