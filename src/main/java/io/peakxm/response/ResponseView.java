package io.peakxm.response;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.peakxm.survey.Answer;

/**
 * A stored response with its answers and hidden fields, as the responses browser shows
 * it.
 */
public record ResponseView(long id, long surveyId, int surveyVersion, CollectionChannel channel, String language,
		Long touchpointId, String journeyInstanceKey, Instant submittedAt, List<Answer> answers,
		Map<String, String> fields) {

	/**
	 * The first answer of a question (the score of a scale question, the text of a text
	 * question).
	 */
	public Answer first(String questionKey) {
		return answers.stream().filter(a -> a.questionKey().equals(questionKey)).findFirst().orElse(null);
	}
}
