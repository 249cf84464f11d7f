package dev.casebook.web;

import java.io.IOException;

import dev.casebook.SlowSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The app on a random port, serving the fixture site {@code fixtures/site}, and one browser per test
 * class, shared by its tests. Subclasses add
 * {@code @EnabledIf(value = "dev.casebook.web.Browser#available", disabledReason = Browser.UNAVAILABLE)}.
 */
@SlowSuite
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "casebook.content-dir=src/test/resources/fixtures/site")
abstract class BrowserTestSupport {

	static Browser browser;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = new Browser();
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		browser.close();
	}

	void open(String path) {
		browser.driver().get(url(path));
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void click(By by) {
		browser.driver().findElement(by).click();
	}

}
