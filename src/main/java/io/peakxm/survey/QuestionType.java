package io.peakxm.survey;

/**
 * The kinds of question a survey can ask. Scored types have a fixed scale; choices, text,
 * matrix and number are configured per question; hidden fields are filled from the survey
 * link, never shown.
 */
public enum QuestionType {

	/** Net Promoter Score, 0–10. */
	NPS(0, 10),
	/** Customer satisfaction, 1–5. */
	CSAT(1, 5),
	/** Customer effort score, 1–7. */
	CES(1, 7),
	/** A rating, 1–5, shown as stars or faces. */
	RATING(1, 5), SINGLE_CHOICE(0, 0), MULTIPLE_CHOICE(0, 0), TEXT_SHORT(0, 0), TEXT_LONG(0, 0),
	/** Rows (e.g. touchpoints) rated on one scale. */
	MATRIX(1, 5), NUMBER(0, 0), HIDDEN(0, 0);

	private final int scaleMin;

	private final int scaleMax;

	QuestionType(int scaleMin, int scaleMax) {
		this.scaleMin = scaleMin;
		this.scaleMax = scaleMax;
	}

	/**
	 * Whether answers are integers on a fixed scale (the types that aggregate into
	 * scores).
	 */
	public boolean isScale() {
		return this == NPS || this == CSAT || this == CES || this == RATING;
	}

	public boolean isChoice() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}

	public boolean isText() {
		return this == TEXT_SHORT || this == TEXT_LONG;
	}

	/**
	 * How answers of this type add up in figures (dashboard rollups, the contents of
	 * response events): every module that sums or counts answers asks this instead of
	 * listing types itself.
	 */
	public Aggregation aggregation() {
		return switch (this) {
			case NPS, CSAT, CES, RATING, MATRIX, NUMBER -> Aggregation.NUMERIC;
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> Aggregation.CHOICE;
			case TEXT_SHORT, TEXT_LONG, HIDDEN -> Aggregation.NONE;
		};
	}

	/** How a question type's answers add up in figures. */
	public enum Aggregation {

		/**
		 * The number given (a matrix answer: per row) is counted, summed and squared,
		 * with a histogram of 0–10.
		 */
		NUMERIC,
		/**
		 * Each option chosen is counted, and each response that chose any option once
		 * (its respondents).
		 */
		CHOICE,
		/**
		 * Not aggregated: free text, hidden fields (those become breakdown dimensions
		 * instead).
		 */
		NONE

	}

	public int scaleMin() {
		return scaleMin;
	}

	public int scaleMax() {
		return scaleMax;
	}

	/** The longest text answer accepted. */
	public int maxTextLength() {
		return this == TEXT_LONG ? 5000 : this == TEXT_SHORT ? 500 : 200;
	}

}
