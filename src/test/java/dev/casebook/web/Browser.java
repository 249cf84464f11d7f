package dev.casebook.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Debian's headless chromium, driven through its chromedriver, with what the browser tests need:
 * themes, window sizes, console errors, axe-core checks and screenshots. One per test class.
 */
final class Browser implements AutoCloseable {

	static final String UNAVAILABLE = "Browser tests need /usr/bin/chromium and /usr/bin/chromedriver "
			+ "(apt-get install chromium chromium-driver; .ci/run installs them): skipped";

	static final Dimension DESKTOP = new Dimension(1280, 900);

	static final Dimension PHONE = new Dimension(390, 844);

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String AXE = "classpath*:META-INF/resources/webjars/axe-core/*/axe.min.js";

	private static final String AXE_RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'], runOnly: arguments[0] }).then((results) => done(results.violations
			  .map((v) => v.impact + ' ' + v.id + ' (' + v.help + ') at '
			    + v.nodes.map((n) => n.target.join(' ')).join(', '))));
			""";

	private final Path profile;

	private final ChromeDriver driver;

	private final String axe;

	/** Used by {@code @EnabledIf}: the tests run only where Debian's chromium is installed. */
	static boolean available() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	Browser() throws IOException {
		this.profile = Files.createTempDirectory("casebook-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--hide-scrollbars", "--user-data-dir=" + this.profile, "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		this.axe = readAxe();
	}

	WebDriver driver() {
		return this.driver;
	}

	WebDriverWait waiting() {
		return new WebDriverWait(this.driver, Duration.ofSeconds(5));
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	void resize(Dimension size) {
		this.driver.manage().window().setSize(size);
	}

	/** Makes {@code prefers-color-scheme} report the given theme, {@code light} or {@code dark}. */
	void theme(String theme) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", theme))));
	}

	/** Clears the console log collected so far. */
	void clearConsole() {
		this.driver.manage().logs().get(LogType.BROWSER);
	}

	/** Console errors (SEVERE entries) since the last call. */
	List<String> consoleErrors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/**
	 * Every axe-core violation of WCAG 2.0, 2.1 and 2.2 at levels A and AA on the current page, whatever
	 * its impact (target size, 2.5.8, is a 2.2 AA rule).
	 */
	List<String> accessibilityViolations() {
		return axe(Map.of("type", "tag", "values", List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")));
	}

	@SuppressWarnings("unchecked")
	private List<String> axe(Map<String, Object> runOnly) {
		script(this.axe);
		return (List<String>) this.driver.executeAsyncScript(AXE_RUN, runOnly);
	}

	/** Writes the visible window to {@code target/screenshots/<name>.png}. */
	Path screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path file = SCREENSHOTS.resolve(name + ".png");
		Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
		return file;
	}

	@Override
	public void close() throws IOException {
		try {
			this.driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	private static String readAxe() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources(AXE);
		if (found.length == 0) {
			throw new IllegalStateException("axe-core is not on the test classpath (" + AXE + ")");
		}
		try (InputStream in = found[0].getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
