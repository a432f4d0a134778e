package io.peakxm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Playwright with Debian's Chromium for browser tests. Register it in a test class with
 * {@code @RegisterExtension static final BrowserSupport browser = new BrowserSupport();}
 * and use {@link #page()}: one browser per test class, a fresh context (cookies, storage)
 * and page per test method. A test that needs another screen size calls
 * {@link #page(int, int)} or {@link #phonePage(int, int)} instead.
 * <p>
 * Without {@code /usr/bin/chromium} the tests are skipped, or fail when
 * {@code PEAKXM_REQUIRE_BROWSER=1} (CI). Playwright never downloads a browser of its own.
 */
public final class BrowserSupport
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

	public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	static final String NOT_INSTALLED = "Chromium not installed at /usr/bin/chromium: browser tests skipped "
			+ "(install with apt-get install chromium, or run .ci/run)";

	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
			"--no-first-run");

	private Playwright playwright;

	private Browser browser;

	private BrowserContext context;

	private Page page;

	@Override
	public void beforeAll(ExtensionContext extension) {
		requireChromium();
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS));
	}

	@Override
	public void beforeEach(ExtensionContext extension) {
		replacePage(new Browser.NewContextOptions().setViewportSize(1280, 800));
	}

	@Override
	public void afterEach(ExtensionContext extension) {
		if (context != null) {
			context.close();
		}
		context = null;
		page = null;
	}

	@Override
	public void afterAll(ExtensionContext extension) {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
		browser = null;
		playwright = null;
	}

	/** The page of the running test method. */
	public Page page() {
		if (page == null) {
			throw new IllegalStateException("no page: BrowserSupport must be registered with @RegisterExtension");
		}
		return page;
	}

	/**
	 * Replaces the test method's page with a fresh one (new context: no cookies) in a
	 * desktop browser window of the given size in CSS pixels.
	 */
	public Page page(int width, int height) {
		return replacePage(new Browser.NewContextOptions().setViewportSize(width, height));
	}

	/**
	 * Replaces the test method's page with a fresh one (new context: no cookies) on a
	 * touch phone with a screen of the given size in CSS pixels: the meta viewport is
	 * honoured and taps work, like Chrome on a phone.
	 */
	public Page phonePage(int width, int height) {
		return replacePage(new Browser.NewContextOptions().setViewportSize(width, height)
			.setScreenSize(width, height)
			.setIsMobile(true)
			.setHasTouch(true)
			.setDeviceScaleFactor(2));
	}

	private Page replacePage(Browser.NewContextOptions options) {
		if (browser == null) {
			throw new IllegalStateException("no browser: BrowserSupport must be registered with @RegisterExtension");
		}
		if (context != null) {
			context.close();
		}
		context = browser.newContext(options.setLocale("en-US"));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
		return page;
	}

	/**
	 * Saves a full-page screenshot as {@code target/screenshots/<name>.png} and returns
	 * its path.
	 */
	/**
	 * Collects the browser console's Content-Security-Policy violations of a page (an
	 * empty list is the goal).
	 */
	public static java.util.List<String> cspErrors(Page page) {
		java.util.List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
				errors.add(message.text());
			}
		});
		return errors;
	}

	public static Path screenshot(Page page, String name) {
		Path file = SCREENSHOTS.resolve(name + ".png");
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	/**
	 * Skips the test without Chromium, or fails it when the browser is required
	 * ({@code PEAKXM_REQUIRE_BROWSER=1}).
	 */
	static void requireChromium() {
		if (Files.isExecutable(CHROMIUM)) {
			return;
		}
		if ("1".equals(System.getenv("PEAKXM_REQUIRE_BROWSER"))) {
			Assertions.fail("PEAKXM_REQUIRE_BROWSER=1 but Chromium is not installed at /usr/bin/chromium "
					+ "(install with apt-get install chromium, or run .ci/run)");
		}
		Assumptions.abort(NOT_INSTALLED);
	}

}
