package io.peakxm.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the analysis uses, read once from the classpath: valences (English VADER
 * words and phrases, Chinese words, emoji), negators, intensifiers, stop words.
 */
final class Lexicons {

	static final Set<String> NEGATORS_EN = Set.of("not", "no", "never", "none", "nothing", "neither", "nor", "without",
			"hardly", "barely", "cannot", "cant", "dont", "didnt", "doesnt", "isnt", "wasnt", "werent", "wont",
			"wouldnt", "couldnt", "shouldnt", "aint", "havent", "hasnt", "nobody", "nowhere");

	static final List<String> NEGATORS_ZH = List.of("没有", "不", "没", "别", "未", "无", "莫", "甭");

	static final Map<String, Double> BOOSTERS_EN = Map.ofEntries(Map.entry("very", 0.293), Map.entry("so", 0.293),
			Map.entry("extremely", 0.293), Map.entry("really", 0.293), Map.entry("super", 0.293),
			Map.entry("incredibly", 0.293), Map.entry("absolutely", 0.293), Map.entry("totally", 0.293),
			Map.entry("completely", 0.293), Map.entry("utterly", 0.293), Map.entry("highly", 0.293),
			Map.entry("truly", 0.293), Map.entry("too", 0.293), Map.entry("most", 0.293),
			Map.entry("especially", 0.293), Map.entry("exceptionally", 0.293), Map.entry("remarkably", 0.293),
			Map.entry("particularly", 0.293), Map.entry("quite", 0.1), Map.entry("pretty", 0.1),
			Map.entry("fairly", -0.1), Map.entry("slightly", -0.293), Map.entry("somewhat", -0.293),
			Map.entry("barely", -0.293), Map.entry("kinda", -0.293), Map.entry("little", -0.2), Map.entry("bit", -0.2));

	static final List<Map.Entry<String, Double>> BOOSTERS_ZH = List.of(Map.entry("非常", 0.35), Map.entry("特别", 0.3),
			Map.entry("十分", 0.3), Map.entry("极其", 0.35), Map.entry("超级", 0.35), Map.entry("相当", 0.25),
			Map.entry("真的", 0.25), Map.entry("实在", 0.25), Map.entry("有点", -0.25), Map.entry("有些", -0.25),
			Map.entry("稍微", -0.25), Map.entry("比较", -0.1), Map.entry("很", 0.293), Map.entry("太", 0.35),
			Map.entry("超", 0.3), Map.entry("真", 0.25), Map.entry("最", 0.35), Map.entry("极", 0.35), Map.entry("挺", 0.15),
			Map.entry("更", 0.2), Map.entry("好", 0.2));

	final Map<String, Float> english;

	/**
	 * English phrases of two or more words from the service list, by their first word.
	 */
	final Map<String, List<Phrase>> englishPhrases;

	final Map<String, Float> chinese;

	final int chineseMaxLength;

	final Map<String, Float> emoji;

	final Set<String> stopEnglish;

	final Set<String> stopChinese;

	record Phrase(String[] words, float valence) {
	}

	private Lexicons() {
		this.english = new HashMap<>(16_000);
		this.englishPhrases = new HashMap<>();
		for (String[] row : rows("vader-lexicon.tsv")) {
			this.english.put(row[0], Float.parseFloat(row[1]));
		}
		for (String[] row : rows("en-service.tsv")) {
			String[] words = row[0].split(" ");
			if (words.length == 1) {
				this.english.put(row[0], Float.parseFloat(row[1]));
			}
			else {
				this.englishPhrases.computeIfAbsent(words[0], (k) -> new ArrayList<>())
					.add(new Phrase(words, Float.parseFloat(row[1])));
			}
		}
		this.chinese = new HashMap<>();
		int max = 1;
		for (String[] row : rows("zh-sentiment.tsv")) {
			this.chinese.put(row[0], Float.parseFloat(row[1]));
			max = Math.max(max, row[0].length());
		}
		this.chineseMaxLength = max;
		this.emoji = new HashMap<>();
		for (String[] row : rows("emoji-valence.tsv")) {
			this.emoji.put(stripSelector(row[0]), Float.parseFloat(row[1]));
		}
		for (String[] row : rows("emoji-extra.tsv")) {
			this.emoji.putIfAbsent(stripSelector(row[0]), Float.parseFloat(row[1]));
		}
		this.stopEnglish = words("stopwords-en.txt");
		this.stopChinese = words("stopwords-zh.txt");
	}

	private static final Lexicons INSTANCE = new Lexicons();

	static Lexicons get() {
		return INSTANCE;
	}

	static boolean isNegatorEn(String word) {
		return NEGATORS_EN.contains(word) || word.endsWith("n't");
	}

	private static String stripSelector(String s) {
		return s.replace("\uFE0F", "");
	}

	/** The rows of a tab-separated resource, comments and blank lines skipped. */
	static List<String[]> rows(String resource) {
		List<String[]> rows = new ArrayList<>();
		for (String line : lines(resource)) {
			String[] cells = line.split("\t");
			if (cells.length >= 2) {
				rows.add(cells);
			}
		}
		return rows;
	}

	/** All blank-separated words of a resource, comments skipped. */
	static Set<String> words(String resource) {
		Set<String> words = new HashSet<>();
		for (String line : lines(resource)) {
			for (String w : line.trim().split("\\s+")) {
				if (!w.isEmpty()) {
					words.add(w);
				}
			}
		}
		return Set.copyOf(words);
	}

	static List<String> lines(String resource) {
		try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource io/peakxm/text/" + resource);
			}
			List<String> lines = new ArrayList<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line);
				}
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
