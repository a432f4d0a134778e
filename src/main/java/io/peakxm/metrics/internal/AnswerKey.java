package io.peakxm.metrics.internal;

/**
 * What a rollup row counts within a survey: the answers to a question, to one row of a
 * matrix question, or the choices of one option of a choice question (with, for a choice
 * question as a whole, its respondents). Stored as the columns {@code question_key} and
 * {@code row_key}: {@code ""} for the question itself, the matrix row's key, or
 * {@code "opt:"} and the option's key.
 */
public record AnswerKey(String question, String row) {

	static final String OPTION = "opt:";

	public AnswerKey {
		row = row == null ? "" : row;
	}

	/**
	 * The answers to a question (of a choice question: the responses that chose any
	 * option).
	 */
	public static AnswerKey of(String question) {
		return new AnswerKey(question, "");
	}

	/** The answers to one row of a matrix question. */
	public static AnswerKey row(String question, String row) {
		return new AnswerKey(question, row);
	}

	/** The choices of one option of a choice question. */
	public static AnswerKey option(String question, String option) {
		return new AnswerKey(question, OPTION + option);
	}
}
