package io.peakxm.insight.web;

import java.util.List;
import java.util.Locale;

import io.peakxm.shared.LocalizedText;
import io.peakxm.survey.Survey;

/** A survey as the filter offers it: its id and its title in the reader's language. */
record SurveyChoice(long id, String label) {

	static List<SurveyChoice> of(List<Survey> surveys, Locale locale) {
		return surveys.stream().map(s -> new SurveyChoice(s.id(), title(s).in(locale))).toList();
	}

	static LocalizedText title(Survey survey) {
		return new LocalizedText(survey.definition().titleEn(), survey.definition().titleZh());
	}
}
