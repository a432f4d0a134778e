package io.peakxm.response.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.peakxm.response.Channel;
import io.peakxm.response.ResponseFilter;
import io.peakxm.survey.Question;
import io.peakxm.survey.Survey;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the responses page and API, as typed in a URL: dates (inclusive, UTC), channel, touchpoint,
 * score range (on the survey's first NPS, CSAT or CES question), a hidden field as {@code name=value}, and text.
 */
record ResponseQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Channel channel, Long tp, Double scoreMin,
		Double scoreMax, String field, String q) {

	ResponseFilter toFilter(Survey survey) {
		String scoreQuestion = survey.definition()
			.questions()
			.stream()
			.filter(question -> question.type().isScale() && question.type() != io.peakxm.survey.QuestionType.RATING)
			.map(Question::key)
			.findFirst()
			.orElse(null);
		String fieldName = null;
		String fieldValue = null;
		if (field != null && field.contains("=")) {
			fieldName = field.substring(0, field.indexOf('=')).trim();
			fieldValue = field.substring(field.indexOf('=') + 1).trim();
		}
		return new ResponseFilter(from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
				to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), channel, tp, scoreQuestion,
				scoreMin, scoreMax, fieldName, fieldValue, q == null || q.length() <= 200 ? q : q.substring(0, 200));
	}

	/** The query string that reproduces these filters (for pager and export links). */
	String asQueryString() {
		return new io.peakxm.shared.QueryString().add("from", from).add("to", to).add("channel", channel).add("tp", tp)
			.add("scoreMin", scoreMin).add("scoreMax", scoreMax).add("field", field).add("q", q).toString();
	}
}
