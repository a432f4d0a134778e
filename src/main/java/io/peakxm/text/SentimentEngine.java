package io.peakxm.text;

import java.util.List;

/**
 * Scores spans: the lexicon rules always, and the trained model for the languages it was
 * trained on. With a model the score is {@value #MODEL_WEIGHT} times the model's
 * P(positive) - P(negative) plus the rest times the rule score, so that negation,
 * intensifiers and contrast still tell; in spans shorter than {@value #FULL_MODEL_TOKENS}
 * tokens the model's share shrinks in proportion, as the model was trained on whole
 * reviews; a span without any sentiment word or emoji has its model score halved. Without
 * a model for the language the rule score stands alone.
 */
final class SentimentEngine {

	/** For a two-class model: scores closer to zero than this read as neutral. */
	static final double BINARY_NEUTRAL_BAND = 0.2;

	/** The model's share of the score where a model covers the language. */
	static final double MODEL_WEIGHT = 0.7;

	/**
	 * Spans shorter than this many tokens give the model a proportionally smaller share
	 * (clauses, short sentences).
	 */
	static final int FULL_MODEL_TOKENS = 40;

	private final RuleScorer rules;

	private final SentimentModel model;

	SentimentEngine(Lexicons lex, SentimentModel model) {
		this.rules = new RuleScorer(lex);
		this.model = model;
	}

	SentimentModel model() {
		return this.model;
	}

	Sentiment score(TextView view, List<Token> tokens, Language language) {
		if (tokens.isEmpty()) {
			return Sentiment.NONE;
		}
		RuleScorer.Score rule = this.rules.score(view, tokens);
		if (this.model == null || !this.model.languages.contains(language)) {
			return Sentiment.of(rule.compound());
		}
		double[] p = this.model.probabilities(Features.of(view, tokens, rule));
		double modelScore = this.model.probability(p, Polarity.POSITIVE) - this.model.probability(p, Polarity.NEGATIVE);
		if (rule.hits() == 0) {
			modelScore *= 0.5;
		}
		double weight = MODEL_WEIGHT * Math.min(1, tokens.size() / (double) FULL_MODEL_TOKENS);
		double score = weight * modelScore + (1 - weight) * rule.compound();
		if (this.model.classes.contains(Polarity.NEUTRAL)) {
			int best = 0;
			for (int c = 1; c < p.length; c++) {
				if (p[c] > p[best]) {
					best = c;
				}
			}
			return new Sentiment(score, this.model.classes.get(best));
		}
		return Sentiment.of(score, BINARY_NEUTRAL_BAND);
	}

	RuleScorer.Score rules(TextView view, List<Token> tokens) {
		return this.rules.score(view, tokens);
	}

}
