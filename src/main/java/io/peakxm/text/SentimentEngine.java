package io.peakxm.text;

import java.util.List;

/**
 * Scores spans: the lexicon rules always, and the trained model for the languages it was
 * trained on (the shipped ones: Chinese, two classes; English, three classes). With a
 * model the score is w times the model's P(positive) - P(negative) plus the rest times
 * the rule score, so that negation, intensifiers and contrast still tell. For a two-class
 * model w is {@value #MODEL_WEIGHT} from {@value #FULL_MODEL_TOKENS} tokens, less in
 * proportion below (it was trained on whole reviews), times {@value #CONTRAST_FACTOR} in
 * a span with a contrast word, and a span without any sentiment word or emoji has its
 * model score halved; for a three-class model w is {@value #MODEL_WEIGHT} from
 * {@value #FULL_MODEL_TOKENS_THREE_CLASS} tokens, less below, and the label blends the
 * class probabilities with the rule's vote by the same w. Without a model for the
 * language the rule score stands alone.
 */
final class SentimentEngine {

	/** For a two-class model: scores closer to zero than this read as neutral. */
	static final double BINARY_NEUTRAL_BAND = 0.2;

	/** The model's share of the score where a model covers the language. */
	static final double MODEL_WEIGHT = 0.85;

	/**
	 * For a two-class model: spans shorter than this many tokens give the model a
	 * proportionally smaller share (clauses, short sentences).
	 */
	static final int FULL_MODEL_TOKENS = 40;

	/**
	 * For a two-class model: its share is multiplied by this in a span with a contrast
	 * word ("但是", "but" …), where the rules (which weigh the part after the contrast 1.5
	 * times) know better than a bag of n-grams.
	 */
	static final double CONTRAST_FACTOR = 0.75;

	/**
	 * For a three-class model (the shipped English one, trained on short posts): spans
	 * shorter than this many tokens give the model a proportionally smaller share.
	 */
	static final int FULL_MODEL_TOKENS_THREE_CLASS = 8;

	private final RuleScorer rules;

	private final List<SentimentModel> models;

	/**
	 * @param lex the lexicons
	 * @param models the models, the first one covering a language scores it
	 */
	SentimentEngine(Lexicons lex, List<SentimentModel> models) {
		this.rules = new RuleScorer(lex);
		this.models = List.copyOf(models);
	}

	private SentimentModel modelFor(Language language) {
		for (SentimentModel m : this.models) {
			if (m.languages.contains(language)) {
				return m;
			}
		}
		return null;
	}

	Sentiment score(TextView view, List<Token> tokens, Language language) {
		if (tokens.isEmpty()) {
			return Sentiment.NONE;
		}
		RuleScorer.Score rule = this.rules.score(view, tokens);
		SentimentModel model = modelFor(language);
		if (model == null) {
			return Sentiment.of(rule.compound());
		}
		double[] p = model.probabilities(Features.of(view, tokens, rule));
		double modelScore = model.probability(p, Polarity.POSITIVE) - model.probability(p, Polarity.NEGATIVE);
		boolean threeClass = model.classes.contains(Polarity.NEUTRAL);
		if (rule.hits() == 0 && !threeClass) {
			modelScore *= 0.5;
		}
		double weight = threeClass ? MODEL_WEIGHT * Math.min(1, tokens.size() / (double) FULL_MODEL_TOKENS_THREE_CLASS)
				: MODEL_WEIGHT * Math.min(1, tokens.size() / (double) FULL_MODEL_TOKENS);
		if (!threeClass && rule.contrast() >= 0) {
			weight *= CONTRAST_FACTOR;
		}
		double score = weight * modelScore + (1 - weight) * rule.compound();
		if (threeClass) {
			return new Sentiment(score, threeClassLabel(model, p, rule.compound(), weight));
		}
		return Sentiment.of(score, BINARY_NEUTRAL_BAND);
	}

	/**
	 * The label of a three-class model: the argmax of the model's class probabilities
	 * blended with the rule's vote (neutral within ±0.05, else the sign of the rule
	 * score) by the same weight as the score, so that short spans follow the rules and
	 * long ones the model.
	 */
	private static Polarity threeClassLabel(SentimentModel model, double[] p, double ruleScore, double weight) {
		Polarity ruleVote = Sentiment.of(ruleScore).label();
		Polarity best = null;
		double bestShare = Double.NEGATIVE_INFINITY;
		for (int c = 0; c < p.length; c++) {
			Polarity label = model.classes.get(c);
			double share = weight * p[c] + ((label == ruleVote) ? 1 - weight : 0);
			if (share > bestShare) {
				best = label;
				bestShare = share;
			}
		}
		return best;
	}

	RuleScorer.Score rules(TextView view, List<Token> tokens) {
		return this.rules.score(view, tokens);
	}

}
