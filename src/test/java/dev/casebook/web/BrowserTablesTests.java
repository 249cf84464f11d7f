package dev.casebook.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wide tables on a phone: each scrolls sideways in a region the keyboard can reach, and its first
 * column stays in view while the other columns move.
 */
@EnabledIf(value = "dev.casebook.web.Browser#available", disabledReason = Browser.UNAVAILABLE)
class BrowserTablesTests extends BrowserTestSupport {

	private static final String SCROLL = """
			const region = document.querySelector('.table-scroll');
			const row = region.querySelector('tbody tr');
			const first = () => row.cells[0].getBoundingClientRect().left;
			const second = () => row.cells[1].getBoundingClientRect().left;
			const before = [first(), second()];
			region.scrollLeft = 120;
			return { role: region.getAttribute('role'), tabindex: region.getAttribute('tabindex'),
			  label: region.getAttribute('aria-label') || '', overflows: region.scrollWidth > region.clientWidth,
			  firstMoved: first() - before[0], secondMoved: second() - before[1] };""";

	@AfterEach
	void resetBrowser() {
		browser.resize(Browser.DESKTOP);
	}

	@Test
	void onAPhoneWideTablesScrollInAFocusableRegionAndKeepTheirFirstColumn() throws Exception {
		browser.resize(Browser.PHONE);
		int overflowing = 0;
		for (String path : List.of("/pipelines", "/compare", "/practices/matrix")) {
			open(path);
			@SuppressWarnings("unchecked")
			Map<String, Object> table = (Map<String, Object>) browser.script(SCROLL);
			assertThat(table).as(path).containsEntry("role", "region").containsEntry("tabindex", "0");
			assertThat((String) table.get("label")).as(path).isNotBlank();
			if (Boolean.TRUE.equals(table.get("overflows"))) {
				overflowing++;
				assertThat(((Number) table.get("firstMoved")).doubleValue()).as(path).isZero();
				assertThat(((Number) table.get("secondMoved")).doubleValue()).as(path).isNegative();
				browser.screenshot("phone-table" + path.replace('/', '-'));
			}
		}
		assertThat(overflowing).as("tables wider than a phone").isPositive();
	}

}
