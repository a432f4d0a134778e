package io.peakxm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.webjars.WebJarVersionLocator;

/**
 * Runs axe-core (the accessibility rules of the {@code org.webjars.npm:axe-core} test
 * dependency) in a page and lists what it finds. The script is evaluated through the
 * browser's debugging protocol rather than added as a script tag, so the pages' strict
 * Content-Security-Policy (no inline scripts) stays on while it runs.
 */
public final class Accessibility {

	/** The impacts a page must not have. */
	public static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	/**
	 * Rules of lower impact that our pages keep clean too (a header cell with no text
	 * tells a reader nothing).
	 */
	public static final Set<String> ALSO_FAILING_RULES = Set.of("empty-table-header");

	private static final String AXE = read();

	private Accessibility() {
	}

	/**
	 * The violations of the page as shown now, each as "rule (impact): help — element:
	 * what fails", limited to serious and critical ones and {@link #ALSO_FAILING_RULES}.
	 */
	public static List<String> violations(Page page) {
		if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
			page.evaluate(AXE);
		}
		@SuppressWarnings("unchecked")
		List<Object> found = (List<Object>) page.evaluate("""
				async ([impacts, rules]) => {
				  const result = await axe.run(document, { resultTypes: ['violations'] });
				  return result.violations
				    .filter(v => impacts.includes(v.impact) || rules.includes(v.id))
				    .flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + n.target.join(' ')
				      + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' ')));
				}""", List.of(List.copyOf(FAILING_IMPACTS), List.copyOf(ALSO_FAILING_RULES)));
		List<String> result = new ArrayList<>();
		for (Object line : found) {
			result.add(page.url() + " " + line);
		}
		return result;
	}

	private static String read() {
		String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
		if (path == null) {
			throw new IllegalStateException("axe-core WebJar not on the test classpath");
		}
		try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js not found at " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
