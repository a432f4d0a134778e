package io.peakxm.feedback;

import java.time.LocalDate;
import java.util.List;

import io.peakxm.metrics.statistics.Estimates.Estimate;
import io.peakxm.metrics.statistics.SignificanceTests.Change;
import io.peakxm.shared.LocalizedText;

/**
 * What customers wrote in a period, in figures: sentiment per touchpoint (from the
 * clauses that talk about it) with the change of the negative share against the period
 * before, a sentiment trend for one touchpoint or all feedback, and per topic its volume
 * and sentiment with the topics that rose significantly. Every figure carries its n and
 * 95 % interval; below {@code minimumN} a figure is {@code hidden}.
 *
 * @param trendTouchpointId the touchpoint the trend is about, or null for all feedback
 */
public record TextDashboard(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo, long items,
		long previousItems, int minimumN, List<TouchpointSentiment> touchpoints, Long trendTouchpointId,
		List<TrendPoint> trend, List<TopicFigure> topics) {

	public TextDashboard {
		touchpoints = List.copyOf(touchpoints);
		trend = List.copyOf(trend);
		topics = List.copyOf(topics);
	}

	/**
	 * The topics whose share of all feedback rose significantly (after Holm's
	 * correction).
	 */
	public List<TopicFigure> rising() {
		return topics.stream().filter(TopicFigure::rising).toList();
	}

	/**
	 * A touchpoint's sentiment in the period: the mean clause score (−1…+1) and the share
	 * of negative clauses, with the share in the period before and whether it changed
	 * significantly.
	 */
	public record TouchpointSentiment(long touchpointId, LocalizedText name, Estimate mean, Estimate negativeShare,
			Estimate previousNegativeShare, Change negativeChange, boolean hidden) {
	}

	/** The mean sentiment of a bucket of days, with its interval and n. */
	public record TrendPoint(LocalDate start, LocalDate end, Estimate mean, Estimate negativeShare, boolean hidden) {
	}

	/**
	 * A topic in the period: how many items it tagged, their share of all items against
	 * the period before (a two-proportion test; {@code rising} when the share grew and
	 * the test stays significant after Holm's correction over all topics shown), and
	 * their sentiment.
	 */
	public record TopicFigure(long topicId, LocalizedText name, long count, long previousCount, Estimate share,
			Estimate previousShare, Change shareChange, boolean rising, Estimate negativeShare, Estimate mean,
			boolean hidden) {
	}

}
