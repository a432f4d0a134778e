package io.peakxm.insight;

import java.time.LocalDate;
import java.util.List;

import io.peakxm.insight.calculation.PeakEndFit;
import io.peakxm.shared.LocalizedText;

/**
 * All journey analyses of one query, from one pass over the responses: the emotional
 * curve, the peak-end fit, the key drivers with the importance–performance matrix, and
 * the recommendations. A part that cannot be computed (too few responses, a touchpoint
 * nobody rated) is null and its problem is named by a message key.
 *
 * @param surveyId the survey
 * @param surveyTitle its title
 * @param journeyName the name of the journey it rates
 * @param from first day of the period
 * @param to last day of the period
 * @param outcome the overall outcome explained
 * @param responses the responses read
 * @param curve the emotional curve
 * @param peakEnd the peak-end fit, or null
 * @param peakEndProblem why there is no peak-end fit (message key), or null
 * @param drivers the key drivers, or null
 * @param driversProblem why there are no drivers (message key), or null
 * @param recommendations what to do, empty without a peak-end fit
 * @param excluded touchpoints the survey rates that too few responses rated to analyse
 * (left out of everything)
 */
public record Analysis(long surveyId, LocalizedText surveyTitle, LocalizedText journeyName, LocalDate from,
		LocalDate to, Outcome outcome, long responses, Curve curve, PeakEndFit peakEnd, String peakEndProblem,
		Drivers drivers, String driversProblem, List<Recommendation> recommendations, List<Excluded> excluded) {

	/**
	 * A touchpoint left out of the analyses because only {@code rated} of the responses
	 * read rate it.
	 */
	public record Excluded(long touchpointId, LocalizedText name, long rated) {
	}
}
