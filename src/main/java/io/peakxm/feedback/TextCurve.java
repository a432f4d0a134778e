package io.peakxm.feedback;

import java.time.LocalDate;
import java.util.List;

import io.peakxm.metrics.statistics.Estimates.Estimate;
import io.peakxm.metrics.statistics.SignificanceTests.Change;
import io.peakxm.shared.LocalizedText;

/**
 * A journey's emotional curve from what customers wrote (reviews alone will do, no
 * ratings needed): per touchpoint in journey order the mean sentiment (−1…+1) of the
 * clauses that talk about it, with n and 95 % interval; the peak (the highest lower end
 * of an interval) and the valley (the lowest upper end), each tested against all other
 * clauses of the journey (Welch's t), so a peak or valley is only called clear when the
 * data show it.
 *
 * @param peak the touchpoint written about most positively (shown), or null
 * @param valley the touchpoint written about most negatively (shown), or null
 * @param peakVersusRest the peak's mean against the other clauses' (difference: rest −
 * peak is negative when the peak is higher)
 */
public record TextCurve(long journeyId, LocalizedText journeyName, LocalDate from, LocalDate to, int minimumN,
		long clauses, List<Point> points, Point peak, Change peakVersusRest, Point valley, Change valleyVersusRest) {

	public TextCurve {
		points = List.copyOf(points);
	}

	/** Whether the peak stands out significantly from the rest of the journey. */
	public boolean clearPeak() {
		return peak != null && peakVersusRest.significant();
	}

	/** Whether the valley stands out significantly from the rest of the journey. */
	public boolean clearValley() {
		return valley != null && valleyVersusRest.significant();
	}

	/**
	 * A touchpoint of the curve: designed emotion (−2…+2), the mean sentiment of the
	 * clauses about it and the share of negative ones (percent).
	 */
	public record Point(long touchpointId, LocalizedText name, int designedEmotion, boolean designedPeak,
			boolean endMoment, Estimate mean, Estimate negativeShare, boolean hidden) {
	}

}
