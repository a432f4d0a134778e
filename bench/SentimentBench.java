import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.peakxm.text.Polarity;
import io.peakxm.text.Sentiment;
import io.peakxm.text.TextAnalyzer;

/**
 * PeakXM's sentiment over any labelled CSV (see bench/sentiment.sh): accuracy, macro-F1 and documents per second of
 * TextAnalyzer.sentiment on one thread. Without neutral labels the task is binary and a prediction is read by the
 * sign of the score (zero counts as positive).
 */
public class SentimentBench {

	public static void main(String[] args) throws IOException {
		String file = null, text = null, label = null, encoding = "UTF-8", model = null;
		List<String> positive = List.of(), negative = List.of(), neutral = List.of();
		for (int i = 0; i + 1 < args.length; i += 2) {
			String v = args[i + 1];
			switch (args[i]) {
				case "--file" -> file = v;
				case "--text" -> text = v;
				case "--label" -> label = v;
				case "--positive" -> positive = Arrays.asList(v.split(","));
				case "--negative" -> negative = Arrays.asList(v.split(","));
				case "--neutral" -> neutral = Arrays.asList(v.split(","));
				case "--encoding" -> encoding = v;
				case "--model" -> model = v;
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		if (file == null || text == null || label == null || positive.isEmpty() || negative.isEmpty()) {
			System.err.println("usage: --file F --text COLUMN --label COLUMN --positive V[,V...] --negative V[,V...]"
					+ " [--neutral V[,V...]] [--encoding E] [--model FILE]");
			System.exit(2);
		}
		TextAnalyzer analyzer;
		if (model != null) {
			try (InputStream in = Files.newInputStream(Path.of(model))) {
				analyzer = TextAnalyzer.withModel(in);
			}
		}
		else {
			analyzer = TextAnalyzer.standard();
		}
		List<String[]> rows = readCsv(Path.of(file), text, label, Charset.forName(encoding));
		List<String> texts = new ArrayList<>();
		List<Polarity> gold = new ArrayList<>();
		int skipped = 0;
		for (String[] r : rows) {
			Polarity p = positive.contains(r[1]) ? Polarity.POSITIVE : negative.contains(r[1]) ? Polarity.NEGATIVE
					: neutral.contains(r[1]) ? Polarity.NEUTRAL : null;
			if (p == null) {
				skipped++;
				continue;
			}
			texts.add(r[0]);
			gold.add(p);
		}
		boolean binary = neutral.isEmpty();
		System.out.println("rows " + rows.size() + ", skipped (label in no list) " + skipped + ", mode "
				+ (binary ? "binary (sign of the score)" : "three classes") + ", model "
				+ ((model != null) ? model : "shipped"));
		long warmEnd = System.nanoTime() + 5_000_000_000L;
		for (int i = 0; !texts.isEmpty() && System.nanoTime() < warmEnd; i = (i + 1) % texts.size()) {
			analyzer.sentiment(texts.get(i));
		}
		Polarity[] predicted = new Polarity[texts.size()];
		long start = System.nanoTime();
		for (int i = 0; i < texts.size(); i++) {
			Sentiment s = analyzer.sentiment(texts.get(i));
			predicted[i] = binary ? ((s.score() >= 0) ? Polarity.POSITIVE : Polarity.NEGATIVE) : s.label();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long zero = 0;
		for (String t : texts) {
			zero += (analyzer.sentiment(t).score() == 0) ? 1 : 0;
		}
		System.out.println("texts scored exactly 0 (no sentiment evidence): " + zero
				+ (binary ? ", counted as positive" : ""));
		int[][] confusion = new int[3][3];
		for (int i = 0; i < predicted.length; i++) {
			confusion[gold.get(i).ordinal()][predicted[i].ordinal()]++;
		}
		int correct = 0;
		double f1 = 0;
		int classes = 0;
		for (int c = 0; c < 3; c++) {
			correct += confusion[c][c];
			int g = 0, p = 0;
			for (int o = 0; o < 3; o++) {
				g += confusion[c][o];
				p += confusion[o][c];
			}
			if (g == 0) {
				continue;
			}
			classes++;
			double precision = (p == 0) ? 0 : confusion[c][c] / (double) p;
			double recall = confusion[c][c] / (double) g;
			f1 += (precision + recall == 0) ? 0 : 2 * precision * recall / (precision + recall);
		}
		System.out.println("confusion (rows gold NEGATIVE/NEUTRAL/POSITIVE, columns predicted): "
				+ Arrays.deepToString(confusion));
		int n = predicted.length;
		System.out.printf(Locale.ROOT, "accuracy %.4f macro-F1 %.4f n %d docs/s %.0f%n",
				(n == 0) ? 0.0 : correct / (double) n, (classes == 0) ? 0.0 : f1 / classes, n, n / seconds);
	}

	/** The named columns (text, label) of every record of a CSV with a header row; quoted fields may span lines. */
	static List<String[]> readCsv(Path file, String textColumn, String labelColumn, Charset charset)
			throws IOException {
		String s = Files.readString(file, charset);
		if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
			s = s.substring(1);
		}
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < s.length(); i++) {
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
		}
		if (field.length() > 0 || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		if (records.isEmpty()) {
			return List.of();
		}
		List<String> header = records.get(0).stream().map(String::strip).toList();
		int t = header.indexOf(textColumn);
		int l = header.indexOf(labelColumn);
		if (t < 0 || l < 0) {
			throw new IllegalArgumentException("no column " + ((t < 0) ? textColumn : labelColumn) + " in " + header);
		}
		List<String[]> rows = new ArrayList<>();
		for (List<String> r : records.subList(1, records.size())) {
			if (r.size() > Math.max(t, l)) {
				rows.add(new String[] { r.get(t), r.get(l).strip() });
			}
		}
		return rows;
	}

}
