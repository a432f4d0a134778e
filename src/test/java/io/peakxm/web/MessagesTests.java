package io.peakxm.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every UI text exists in English and Chinese, and every key a template or the code names
 * exists.
 */
class MessagesTests {

	@Test
	void englishAndChineseHaveTheSameKeys() throws IOException {
		Set<String> en = load("messages.properties").stringPropertyNames();
		Set<String> zh = load("messages_zh_CN.properties").stringPropertyNames();
		Set<String> missingInZh = new TreeSet<>(en);
		missingInZh.removeAll(zh);
		Set<String> missingInEn = new TreeSet<>(zh);
		missingInEn.removeAll(en);
		assertThat(missingInZh).as("keys missing in messages_zh_CN.properties").isEmpty();
		assertThat(missingInEn).as("keys missing in messages.properties").isEmpty();
	}

	/** A key written twice keeps only its last text, silently: refuse it. */
	@Test
	void noKeyIsWrittenTwice() throws IOException {
		for (String file : List.of("messages.properties", "messages_zh_CN.properties")) {
			Set<String> seen = new java.util.HashSet<>();
			Set<String> twice = new TreeSet<>();
			for (String line : Files.readAllLines(Path.of("src/main/resources", file))) {
				int equals = line.indexOf('=');
				if (!line.isBlank() && !line.startsWith("#") && equals > 0
						&& !seen.add(line.substring(0, equals).trim())) {
					twice.add(line.substring(0, equals).trim());
				}
			}
			assertThat(twice).as("keys written twice in " + file).isEmpty();
		}
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		Pattern template = Pattern.compile("#\\{([a-zA-Z0-9.]+)[}(]");
		Pattern code = Pattern.compile(
				"\"((?:validation|password|user|token|workspace|language|account|problem|signIn|users|tokens|settings|journey|journeys|survey|surveys|answer|response|responses|import|kiosks|invitations|invitation|invitationStatus|unsubscribe|metrics|insight|feedback)\\.[a-zA-Z]+(?:\\.[a-zA-Z]+)*)\"");
		scan(Path.of("src/main/resources/templates"), template, keys, missing);
		scan(Path.of("src/main/java"), code, keys, missing);
		assertThat(missing).as("message keys used but not defined").isEmpty();
	}

	private static void scan(Path root, Pattern pattern, Set<String> keys, Set<String> missing) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			// Audit action names and setting names look like message keys but are data,
			// not UI texts.
			for (Path file : files.filter(Files::isRegularFile)
				.filter(f -> !f.getFileName().toString().endsWith("AuditActions.java"))
				.toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!keys.contains(matcher.group(1))) {
						missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
					}
				}
			}
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
