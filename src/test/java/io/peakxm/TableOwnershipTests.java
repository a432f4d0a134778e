package io.peakxm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table belongs to the module whose migration folder creates it, and only that
 * module's code names it in SQL. Spring Modulith verifies the Java dependencies between
 * modules, but not SQL: a module that reads another's tables depends on its schema
 * without anything saying so. Modules read each other's data through the published ports
 * of their root packages instead (e.g. {@code response.ResponseReads}).
 * <p>
 * Owners come from the {@code create table} statements in {@code db/migration/<module>/}
 * (SQL and Java migrations). {@code event_publication} is Spring Modulith's event
 * publication registry: infrastructure, named by no module's code. The check reads the
 * string literals of the main code of each module ({@code io/peakxm/<module>/**}) and
 * looks for table names after {@code from}, {@code join}, {@code into}, {@code update},
 * {@code delete from} and {@code table}.
 */
class TableOwnershipTests {

	static final Path SQL_MIGRATIONS = Path.of("src/main/resources/db/migration");

	static final Path JAVA_MIGRATIONS = Path.of("src/main/java/db/migration");

	static final Path MODULES = Path.of("src/main/java/io/peakxm");

	/** Tables that belong to the infrastructure rather than to a module. */
	static final List<String> INFRASTRUCTURE = List.of("event_publication");

	private static final Pattern CREATE = Pattern
		.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	/**
	 * String literals (text blocks first), comments and character literals, in the order
	 * they occur, so that none hides another; only the first two groups (text blocks and
	 * strings) are read.
	 */
	private static final Pattern LITERAL = Pattern.compile(
			"\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"|//[^\\n]*|/\\*.*?\\*/|'(?:[^'\\\\]|\\\\.)+'",
			Pattern.DOTALL);

	private static final Pattern REFERENCE = Pattern
		.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)\\b(?!\\s*\\{)");

	@Test
	void everyTableHasOneOwningModule() throws IOException {
		Map<String, String> owners = owners();
		assertThat(owners).containsKeys("response", "response_answer", "response_field", "metric_rollup", "survey",
				"job_lock");
		assertThat(owners).containsEntry("response_field", "response")
			.containsEntry("metric_applied", "metrics")
			.containsEntry("job_lock", "shared");
	}

	@Test
	void modulesNameOnlyTheirOwnTablesInSql() throws IOException {
		assertThat(violations(owners())).isEmpty();
	}

	@Test
	void theCheckFindsATableOfAnotherModuleInSql() {
		Map<String, String> owners = Map.of("response", "response", "metric_rollup", "metrics");
		String code = """
				class X {
					// select from metric_rollup in a comment is no SQL
					String sql = "select id from response r join metric_rollup m on m.id = r.id";
					String log = "Imported rows into response {}";
				}""";
		assertThat(references(code, owners, "metrics")).containsExactly("response");
		assertThat(references(code, owners, "response")).containsExactly("metric_rollup");
	}

	/** Table → owning module, from the migration folders. */
	static Map<String, String> owners() throws IOException {
		Map<String, String> owners = new TreeMap<>();
		for (Path root : List.of(SQL_MIGRATIONS, JAVA_MIGRATIONS)) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					String module = root.relativize(file).getName(0).toString();
					Matcher m = CREATE.matcher(Files.readString(file));
					while (m.find()) {
						String table = m.group(1).toLowerCase(Locale.ROOT);
						String previous = owners.put(table, module);
						assertThat(previous).as("table %s created by two modules", table).isIn(null, module);
					}
				}
			}
		}
		INFRASTRUCTURE.forEach(owners::remove);
		return owners;
	}

	/**
	 * "module/File.java names table (owner)" for every table of another module named in a
	 * module's SQL.
	 */
	static List<String> violations(Map<String, String> owners) throws IOException {
		List<String> violations = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MODULES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
				Path relative = MODULES.relativize(file);
				if (relative.getNameCount() < 2) {
					continue;
				}
				String module = relative.getName(0).toString();
				for (String table : references(Files.readString(file), owners, module)) {
					violations.add(relative + " names " + table + " (" + owners.get(table) + ")");
				}
			}
		}
		return violations;
	}

	/**
	 * The tables of other modules that a source file names in its string literals, in
	 * order, once each.
	 */
	static List<String> references(String source, Map<String, String> owners, String module) {
		List<String> tables = new ArrayList<>();
		Matcher literal = LITERAL.matcher(source);
		while (literal.find()) {
			String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
			if (text == null) {
				continue;
			}
			Matcher reference = REFERENCE.matcher(text);
			while (reference.find()) {
				String table = reference.group(1).toLowerCase(Locale.ROOT);
				String owner = owners.get(table);
				if (owner != null && !owner.equals(module) && !tables.contains(table)) {
					tables.add(table);
				}
			}
		}
		return tables;
	}

}
