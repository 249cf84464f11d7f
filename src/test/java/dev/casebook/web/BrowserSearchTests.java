package dev.casebook.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching the fixture site in a real browser, with the keyboard only and with the facets.
 */
@EnabledIf(value = "dev.casebook.web.Browser#available", disabledReason = Browser.UNAVAILABLE)
class BrowserSearchTests extends BrowserTestSupport {

	private static final Pattern TOTAL = Pattern.compile("(\\d+) entr");

	@Test
	void slashTypingAndEnterSearchFromAnyPageWithTheKeyboardAlone() {
		open("/companies/acme-market");
		browser.driver().findElement(By.tagName("body")).sendKeys("/");
		WebElement box = browser.driver().switchTo().activeElement();
		assertThat(box.getDomAttribute("name")).isEqualTo("q");
		assertThat(box.getDomAttribute("type")).isEqualTo("search");

		box.sendKeys("finch");
		box.sendKeys(Keys.ENTER);
		browser.waiting().until(ExpectedConditions.urlContains("/search?q=finch"));
		assertThat(total()).isPositive();
		assertThat(hitTitles()).contains("Fault Finch");
	}

	@Test
	void aTagFacetNarrowsTheResultsAndAResultOpensItsEntry() {
		open("/search?q=deploy");
		int all = total();
		assertThat(all).isGreaterThan(1);

		click(By.xpath("//aside[contains(@class, 'facets')]//section[h2='Tags']//a[span[1]='acme-market']"));
		browser.waiting().until(ExpectedConditions.urlContains("tag=acme-market"));
		int narrowed = total();
		assertThat(narrowed).isPositive().isLessThan(all);
		assertThat(browser.driver().findElement(By.cssSelector(".active-filters")).getText()).contains("acme-market");

		WebElement first = browser.driver().findElement(By.cssSelector(".hits .hit h2 a"));
		String title = first.getText();
		String href = first.getDomAttribute("href");
		first.click();
		browser.waiting().until(ExpectedConditions.urlToBe(url(href)));
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(title);
	}

	private int total() {
		Matcher matcher = TOTAL.matcher(browser.driver().findElement(By.cssSelector(".result-count")).getText());
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
	}

	private List<String> hitTitles() {
		return browser.driver().findElements(By.cssSelector(".hits .hit h2 a")).stream().map(WebElement::getText).toList();
	}

}
