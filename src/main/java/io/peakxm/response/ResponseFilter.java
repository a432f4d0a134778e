package io.peakxm.response;

import java.time.Instant;

/**
 * Narrows the responses of a survey: period [from, to), channel, language, touchpoint, an
 * answer (to a question or matrix row, with an option chosen or a score in a range), a
 * hidden field value, and text contained in any text answer. Null means "any".
 */
public record ResponseFilter(Instant from, Instant to, CollectionChannel channel, String language, Long touchpointId,
		AnswerCondition answer, String fieldName, String fieldValue, String text) {

	public static ResponseFilter none() {
		return new ResponseFilter(null, null, null, null, null, null, null, null, null);
	}

	/**
	 * Responses that answered {@code question} — its matrix row {@code row} when given —
	 * choosing {@code option} when given, with a number from {@code scoreMin} to
	 * {@code scoreMax} when given (null: unbounded).
	 */
	public record AnswerCondition(String question, String row, String option, Double scoreMin, Double scoreMax) {
	}
}
