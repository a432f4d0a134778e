package io.peakxm.response.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import io.peakxm.response.CollectionChannel;
import io.peakxm.response.ResponseFilter;
import io.peakxm.shared.Languages;
import io.peakxm.shared.QueryString;
import io.peakxm.shared.Violations;
import io.peakxm.survey.ChoiceOption;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.Survey;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the responses page and API, as typed in a URL (and as the dashboards
 * link to it): dates (inclusive, UTC), channel, language, touchpoint, an answer — to
 * {@code question} (its matrix {@code row}), with an {@code option} chosen or a score
 * from {@code scoreMin} to {@code scoreMax}; without {@code question} a score range
 * applies to the survey's first NPS, CSAT or CES question — a hidden field as
 * {@code name=value}, and text.
 */
record ResponseQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, CollectionChannel channel, String language,
		Long tp, String question, String row, String option, Double scoreMin, Double scoreMax, String field, String q) {

	ResponseQuery {
		language = blank(language);
		question = blank(question);
		row = blank(row);
		option = blank(option);
	}

	/**
	 * The filter on a survey's responses; a question, row, option or language the survey
	 * does not have is refused by name.
	 */
	ResponseFilter toFilter(Survey survey) {
		Violations violations = new Violations();
		if (language != null && !Languages.SUPPORTED.contains(language)) {
			violations.add("language", "language.unknown", language);
		}
		ResponseFilter.AnswerCondition answer = answer(survey, violations);
		violations.throwIfAny();
		String fieldName = null;
		String fieldValue = null;
		if (field != null && field.contains("=")) {
			fieldName = field.substring(0, field.indexOf('=')).trim();
			fieldValue = field.substring(field.indexOf('=') + 1).trim();
		}
		return new ResponseFilter(from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
				to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), channel, language, tp,
				answer, fieldName, fieldValue, q == null || q.length() <= 200 ? q : q.substring(0, 200));
	}

	/**
	 * The question whose answers the page shows next to each response: the one filtered
	 * by, else the first score.
	 */
	Optional<Question> shownQuestion(Survey survey) {
		return question != null ? survey.definition().question(question) : firstScore(survey);
	}

	private ResponseFilter.AnswerCondition answer(Survey survey, Violations violations) {
		if (question == null) {
			if (row != null || option != null) {
				violations.add(row != null ? "row" : "option", "responses.questionRequired");
			}
			if (scoreMin == null && scoreMax == null) {
				return null;
			}
			return firstScore(survey)
				.map(s -> new ResponseFilter.AnswerCondition(s.key(), null, null, scoreMin, scoreMax))
				.orElse(null);
		}
		Question asked = survey.definition()
			.question(question)
			.filter(x -> x.type() != QuestionType.HIDDEN)
			.orElse(null);
		if (asked == null) {
			violations.add("question", "responses.questionUnknown", question);
			return null;
		}
		if (row != null && asked.rows().stream().map(ChoiceOption::key).noneMatch(row::equals)) {
			violations.add("row", "responses.rowUnknown", row, question);
		}
		if (option != null && asked.options().stream().map(ChoiceOption::key).noneMatch(option::equals)) {
			violations.add("option", "responses.optionUnknown", option, question);
		}
		if ((scoreMin != null || scoreMax != null) && (asked.type().isChoice() || asked.type().isText())) {
			violations.add(scoreMin != null ? "scoreMin" : "scoreMax", "responses.scoreNeedsNumber", question);
		}
		return new ResponseFilter.AnswerCondition(question, row, option, scoreMin, scoreMax);
	}

	private static Optional<Question> firstScore(Survey survey) {
		return survey.definition()
			.questions()
			.stream()
			.filter(question -> question.type().isScale() && question.type() != QuestionType.RATING)
			.findFirst();
	}

	/** The same filters without the answer condition (question, row, option, score). */
	ResponseQuery withoutAnswer() {
		return new ResponseQuery(from, to, channel, language, tp, null, null, null, null, null, field, q);
	}

	/** The same filters without the touchpoint the responses came from. */
	ResponseQuery withoutTouchpoint() {
		return new ResponseQuery(from, to, channel, language, null, question, row, option, scoreMin, scoreMax, field,
				q);
	}

	/** The query string that reproduces these filters (for pager and export links). */
	String asQueryString() {
		return new QueryString().add("from", from)
			.add("to", to)
			.add("channel", channel)
			.add("language", language)
			.add("tp", tp)
			.add("question", question)
			.add("row", row)
			.add("option", option)
			.add("scoreMin", scoreMin)
			.add("scoreMax", scoreMax)
			.add("field", field)
			.add("q", q)
			.toString();
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
