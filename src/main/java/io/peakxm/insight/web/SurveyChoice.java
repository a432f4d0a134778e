package io.peakxm.insight.web;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.peakxm.survey.Survey;

/**
 * A survey as the filter offers it: its id and its title in the reader's language.
 * Surveys that share a title (two "Hotel stay survey"s) are told apart by their status
 * and the day they were created, and by their number when even those are the same.
 */
record SurveyChoice(long id, String label) {

	static List<SurveyChoice> of(List<Survey> surveys, Findings findings) {
		List<SurveyChoice> titled = surveys.stream().map(s -> new SurveyChoice(s.id(), title(s, findings))).toList();
		List<SurveyChoice> described = new ArrayList<>();
		for (int i = 0; i < surveys.size(); i++) {
			described.add(repeated(titled).contains(titled.get(i).label()) ? described(surveys.get(i), findings)
					: titled.get(i));
		}
		List<String> stillRepeated = repeated(described);
		return described.stream()
			.map(c -> stillRepeated.contains(c.label()) ? new SurveyChoice(c.id(),
					findings.text("insight.surveyChoiceNumbered", c.label(), String.valueOf(c.id()))) : c)
			.toList();
	}

	/**
	 * The survey with its status and the day it was created: Hotel stay survey (open,
	 * created 2026-12-03).
	 */
	static SurveyChoice described(Survey survey, Findings findings) {
		return new SurveyChoice(survey.id(), findings.text("insight.surveyChoice", title(survey, findings),
				findings.text("surveyStatus." + survey.status()),
				survey.createdAt() == null ? "–" : survey.createdAt().atZone(ZoneOffset.UTC).toLocalDate().toString()));
	}

	private static String title(Survey survey, Findings findings) {
		return findings.name(survey.definition().title());
	}

	private static List<String> repeated(List<SurveyChoice> choices) {
		Map<String, Long> counts = choices.stream()
			.collect(Collectors.groupingBy(SurveyChoice::label, Collectors.counting()));
		return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
	}
}
