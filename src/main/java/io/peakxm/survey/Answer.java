package io.peakxm.survey;

/**
 * One stored answer value, typed so that scores aggregate without parsing: a number
 * (scales, matrix rows, numbers), a chosen option, or text (free text, "other", hidden
 * fields). Matrix answers carry their row.
 */
public record Answer(String questionKey, QuestionType type, String rowKey, String optionKey, Double number,
		String text) {

	public static Answer number(Question q, String rowKey, double value) {
		return new Answer(q.key(), q.type(), rowKey, null, value, null);
	}

	public static Answer option(Question q, String optionKey) {
		return new Answer(q.key(), q.type(), null, optionKey, null, null);
	}

	public static Answer text(Question q, String optionKey, String text) {
		return new Answer(q.key(), q.type(), null, optionKey, null, text);
	}
}
