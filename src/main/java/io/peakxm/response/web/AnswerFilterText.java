package io.peakxm.response.web;

import java.util.Locale;

import io.peakxm.response.ResponseFilter;
import io.peakxm.survey.Question;
import io.peakxm.survey.Survey;

/**
 * The answer a responses list is narrowed to, in words for the line above the list
 * ("rated Baggage handling", "chose Yes"): the question's text, the row's and the
 * option's labels, and the score range, each in the reader's language.
 */
record AnswerFilterText(String question, String row, String option, String scoreMin, String scoreMax) {

	static AnswerFilterText of(Survey survey, ResponseFilter.AnswerCondition answer, Locale locale) {
		Question q = survey.definition().question(answer.question()).orElseThrow();
		return new AnswerFilterText(q.text().in(locale),
				answer.row() == null ? null : AnswerTexts.label(q.rows(), answer.row(), locale),
				answer.option() == null ? null : AnswerTexts.label(q.options(), answer.option(), locale),
				answer.scoreMin() == null ? null : AnswerTexts.number(answer.scoreMin()),
				answer.scoreMax() == null ? null : AnswerTexts.number(answer.scoreMax()));
	}
}
