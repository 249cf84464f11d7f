package dev.casebook.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture site in a real browser: following links, the link preview, the keyboard, the themes
 * and the phone layout, accessibility (axe-core) and the console.
 */
@EnabledIf(value = "dev.casebook.web.Browser#available", disabledReason = Browser.UNAVAILABLE)
class BrowserNavigationTests extends BrowserTestSupport {

	/** The main pages, each with the name of its screenshot. */
	static final List<String[]> MAIN_PAGES = List.of(new String[] { "/", "home" },
			new String[] { "/companies", "companies" }, new String[] { "/companies/acme-market", "company" },
			new String[] { "/tools", "tools" }, new String[] { "/tools/rocketcart", "tool" },
			new String[] { "/practices", "practices" }, new String[] { "/practices/progressive-rollout", "practice" },
			new String[] { "/sources", "sources" }, new String[] { "/sources/acme-market-engineering-blog", "source" },
			new String[] { "/tags", "tags" }, new String[] { "/tags/deployment", "tag" },
			new String[] { "/compare?c=acme-market&c=globex-streaming", "compare" },
			new String[] { "/practices/matrix", "matrix" }, new String[] { "/pipelines", "pipelines" },
			new String[] { "/timeline", "timeline" },
			new String[] { "/graph", "graph" }, new String[] { "/explore", "explore" },
			new String[] { "/search?q=deploy&tag=acme-market", "search" },
			new String[] { "/no/such/page", "not-found" });

	@AfterEach
	void resetBrowser() {
		browser.resize(Browser.DESKTOP);
		browser.theme("light");
	}

	@Test
	void homeLeadsToACompanyAToolAPracticeAndBackThroughABacklink() {
		open("/");
		click(By.linkText("Acme Market"));
		assertPage("/companies/acme-market", "Acme Market");
		assertThat(text(".profile")).contains("Industry")
			.contains("DORA tier")
			.contains("Production deploys")
			.contains("2023");

		click(By.xpath("//dt[.='Uses']/following-sibling::dd[1]//a[.='Rocketcart']"));
		assertPage("/tools/rocketcart", "Rocketcart");

		click(By.xpath("//dt[.='Supports']/following-sibling::dd[1]//a[.='Push-button release']"));
		assertPage("/practices/push-button-release", "Push-button release");

		click(By.xpath("//dt[.='Adopted by']/following-sibling::dd[1]//a[.='Acme Market']"));
		assertPage("/companies/acme-market", "Acme Market");
	}

	@Test
	void breadcrumbsLeadBackToTheKindList() {
		open("/tools/rocketcart");
		click(By.cssSelector("nav[aria-label=Breadcrumb] li:nth-child(2) a"));
		assertPage("/tools", "Tools");
	}

	@Test
	void longEntriesShowATableOfContentsThatJumpsToItsHeadings() {
		open("/practices/progressive-rollout");
		List<WebElement> tocLinks = browser.driver().findElements(By.cssSelector(".contents .toc a"));
		assertThat(tocLinks).hasSizeGreaterThanOrEqualTo(3);
		String target = tocLinks.get(1).getDomAttribute("href");
		tocLinks.get(1).click();
		assertThat(browser.driver().getCurrentUrl()).endsWith(target);
		assertThat(browser.driver().findElements(By.cssSelector(".prose h1"))).isEmpty();
	}

	@Test
	void hoveringOrFocusingAnEntryLinkPreviewsItsSummary() throws IOException {
		open("/companies/acme-market");
		WebElement link = browser.driver().findElement(By.cssSelector(".prose a.entry-link[data-kind=tool]"));
		String summary = link.getDomAttribute("data-summary");
		assertThat(summary).isNotBlank();

		new Actions(browser.driver()).moveToElement(link).perform();
		WebElement preview = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("link-preview")));
		assertThat(preview.getText()).contains(summary).containsIgnoringCase("tool");
		assertThat(link.getDomAttribute("aria-describedby")).isEqualTo("link-preview");
		browser.screenshot("link-preview");

		new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.tagName("h1"))).perform();
		browser.waiting().until(ExpectedConditions.invisibilityOf(preview));

		browser.script("arguments[0].focus()", link);
		browser.waiting().until(ExpectedConditions.visibilityOf(preview));
		link.sendKeys(Keys.ESCAPE);
		browser.waiting().until(ExpectedConditions.invisibilityOf(preview));
	}

	@Test
	void keyboardReachesTheMainLinksWithAVisibleFocus() {
		open("/");
		WebElement body = browser.driver().findElement(By.tagName("body"));
		body.sendKeys(Keys.TAB);
		WebElement skip = browser.driver().switchTo().activeElement();
		assertThat(skip.getText()).isEqualTo("Skip to content");
		assertThat(skip.getRect().getX()).isGreaterThanOrEqualTo(0);
		assertFocusVisible(skip);

		skip.sendKeys(Keys.ENTER);
		browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
		WebElement first = browser.driver().switchTo().activeElement();
		assertThat(browser.script("return arguments[0].closest('main') !== null", first)).isEqualTo(true);
		assertThat(first.getText()).isEqualTo("Acme Market");
		assertFocusVisible(first);
		first.sendKeys(Keys.ENTER);
		assertPage("/companies/acme-market", "Acme Market");
	}

	@Test
	void mainPagesLoadWithoutConsoleErrors() throws IOException {
		List<String> errors = new ArrayList<>();
		browser.clearConsole();
		for (String[] page : MAIN_PAGES) {
			open(page[0]);
			browser.screenshot(page[1]);
			String ownStatus = url(page[0]) + " - Failed to load resource";
			browser.consoleErrors()
				.stream()
				.filter((error) -> !error.startsWith(ownStatus))
				.forEach((error) -> errors.add(page[0] + ": " + error));
		}
		assertThat(errors).isEmpty();
	}

	@Test
	void mainPagesMeetWcag22LevelAaOnADesktopAndAPhoneInBothThemes() throws IOException {
		List<String> violations = new ArrayList<>();
		for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
			browser.resize(size);
			for (String theme : List.of("light", "dark")) {
				browser.theme(theme);
				for (String[] page : MAIN_PAGES) {
					open(page[0]);
					if (size == Browser.DESKTOP && theme.equals("dark")) {
						browser.screenshot(page[1] + "-dark");
					}
					String where = page[0] + " (" + size.getWidth() + "px, " + theme + "): ";
					browser.accessibilityViolations().forEach((v) -> violations.add(where + v));
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void theGraphsLabelsKeepTheirContrastInBothThemesAndItsButtonsZoom() {
		for (String theme : List.of("light", "dark")) {
			browser.theme(theme);
			open("/graph");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until((driver) -> driver.findElement(By.cssSelector(".graph-controls")).isDisplayed());
			Object ratio = browser.script("""
					function luminance(colour) {
					  var c = colour.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number).map(function (v) {
					    v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
					  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
					}
					var cy = document.querySelector('.graph')._cyreg.cy;
					var text = luminance(cy.nodes()[0].style('color'));
					var page = luminance(getComputedStyle(document.body).backgroundColor);
					return (Math.max(text, page) + 0.05) / (Math.min(text, page) + 0.05);""");
			assertThat(((Number) ratio).doubleValue()).as(theme).isGreaterThanOrEqualTo(4.5);
		}
		Number before = (Number) browser.script("return document.querySelector('.graph')._cyreg.cy.zoom()");
		browser.driver().findElement(By.cssSelector("[data-zoom=out]")).click();
		Number after = (Number) browser.script("return document.querySelector('.graph')._cyreg.cy.zoom()");
		assertThat(after.doubleValue()).isLessThan(before.doubleValue());
		assertThat(browser.driver().findElements(By.cssSelector(".graph-entries li a"))).isNotEmpty();
	}

	@Test
	void mainPagesFitAPhoneWithoutSidewaysScrolling() throws IOException {
		browser.resize(Browser.PHONE);
		List<String> overflowing = new ArrayList<>();
		for (String[] page : MAIN_PAGES) {
			open(page[0]);
			browser.screenshot(page[1] + "-phone");
			Object width = browser.script("return document.documentElement.scrollWidth");
			Object viewport = browser.script("return document.documentElement.clientWidth");
			if (((Number) width).longValue() > ((Number) viewport).longValue()) {
				overflowing.add(page[0] + ": " + width + "px wide in a " + viewport + "px viewport");
			}
		}
		assertThat(overflowing).isEmpty();
	}

	private String text(String css) {
		return browser.driver().findElement(By.cssSelector(css)).getText();
	}

	private void assertPage(String path, String heading) {
		browser.waiting().until(ExpectedConditions.urlToBe(url(path)));
		assertThat(text("h1")).startsWith(heading);
	}

	private static void assertFocusVisible(WebElement element) {
		assertThat(element.getCssValue("outline-style")).isNotEqualTo("none");
		assertThat(element.getCssValue("outline-width")).isNotEqualTo("0px");
	}

}
