package io.peakxm.text;

import java.util.List;

/**
 * Accuracy and macro-F1 of an analyzer's item sentiment on labelled texts. In binary mode
 * (gold labels positive or negative only) a prediction is read by the sign of the score,
 * a score of exactly zero counting as positive.
 *
 * @param accuracy share of texts whose predicted label is the gold label
 * @param macroF1 the F1 of each gold class, averaged
 * @param n number of texts
 */
record Evaluation(double accuracy, double macroF1, int n) {

	static Evaluation of(TextAnalyzer analyzer, List<TextData.Labelled> rows, boolean binary) {
		Polarity[] labels = Polarity.values();
		int[][] confusion = new int[labels.length][labels.length];
		int n = 0;
		for (TextData.Labelled row : rows) {
			if (row.label() == null) {
				continue;
			}
			Sentiment s = analyzer.sentiment(row.text());
			Polarity predicted = binary ? ((s.score() >= 0) ? Polarity.POSITIVE : Polarity.NEGATIVE) : s.label();
			confusion[row.label().ordinal()][predicted.ordinal()]++;
			n++;
		}
		return of(confusion, n);
	}

	static Evaluation of(int[][] confusion, int n) {
		int correct = 0;
		double f1 = 0;
		int classes = 0;
		for (int c = 0; c < confusion.length; c++) {
			correct += confusion[c][c];
			int gold = 0;
			int predicted = 0;
			for (int o = 0; o < confusion.length; o++) {
				gold += confusion[c][o];
				predicted += confusion[o][c];
			}
			if (gold == 0) {
				continue;
			}
			classes++;
			double precision = (predicted == 0) ? 0 : confusion[c][c] / (double) predicted;
			double recall = confusion[c][c] / (double) gold;
			f1 += (precision + recall == 0) ? 0 : 2 * precision * recall / (precision + recall);
		}
		return new Evaluation((n == 0) ? 0 : correct / (double) n, (classes == 0) ? 0 : f1 / classes, n);
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "accuracy %.4f macro-F1 %.4f n %d", this.accuracy, this.macroF1,
				this.n);
	}

}
