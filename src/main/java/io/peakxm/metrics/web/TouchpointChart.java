package io.peakxm.metrics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.peakxm.metrics.TouchpointScore;

/**
 * The journey map overlay: per touchpoint in journey order its designed emotion (−2 … +2)
 * and the measured one (mean rating − 3, same scale), designed peaks and the end moment,
 * and the link to the responses that rated it (none without the permission to see
 * responses).
 */
record TouchpointChart(List<String> touchpoints, List<String> stages, List<Integer> designed, List<Double> measured,
		List<Integer> peaks, Integer end, List<String> responses) {

	static TouchpointChart of(List<TouchpointScore> scores, List<String> responses, Locale locale) {
		List<String> names = new ArrayList<>();
		List<String> stages = new ArrayList<>();
		List<Integer> designed = new ArrayList<>();
		List<Double> measured = new ArrayList<>();
		List<Integer> peaks = new ArrayList<>();
		Integer end = null;
		for (int i = 0; i < scores.size(); i++) {
			TouchpointScore s = scores.get(i);
			names.add(s.name().in(locale));
			stages.add(s.stage().in(locale));
			designed.add(s.designedEmotion());
			measured.add(s.measuredEmotion());
			if (s.designedPeak()) {
				peaks.add(i);
			}
			if (s.endMoment()) {
				end = i;
			}
		}
		return new TouchpointChart(names, stages, designed, measured, peaks, end, responses);
	}
}
