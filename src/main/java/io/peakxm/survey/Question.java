package io.peakxm.survey;

import java.util.List;

/**
 * One question of a survey. {@code key} is stable across versions (answers are stored by it). Choice questions
 * have options (and may allow "other" text); matrix questions have rows rated on the type's scale; number
 * questions may bound the value; hidden fields take their value from the link parameter named {@code key}.
 * A question may link to a journey touchpoint, and may be shown only under a display condition.
 */
public record Question(String key, QuestionType type, String textEn, String textZh, boolean required, int page,
		Long touchpointId, List<ChoiceOption> options, boolean allowOther, List<ChoiceOption> rows, Double minValue,
		Double maxValue, RatingStyle ratingStyle, DisplayCondition condition) {

	/** How a rating is drawn for the respondent. */
	public enum RatingStyle {
		NUMBERS, STARS, FACES
	}

	public Question {
		options = options == null ? List.of() : List.copyOf(options);
		rows = rows == null ? List.of() : List.copyOf(rows);
		ratingStyle = ratingStyle == null ? RatingStyle.NUMBERS : ratingStyle;
		page = Math.max(1, page);
	}

	public String text(boolean chinese) {
		return chinese && textZh != null && !textZh.isBlank() ? textZh : textEn;
	}

	public Question withKey(String newKey) {
		return new Question(newKey, type, textEn, textZh, required, page, touchpointId, options, allowOther, rows,
				minValue, maxValue, ratingStyle, condition);
	}

	public Question withPage(int newPage) {
		return new Question(key, type, textEn, textZh, required, newPage, touchpointId, options, allowOther, rows,
				minValue, maxValue, ratingStyle, condition);
	}

	public Question withTouchpoint(Long newTouchpointId) {
		return new Question(key, type, textEn, textZh, required, page, newTouchpointId, options, allowOther, rows,
				minValue, maxValue, ratingStyle, condition);
	}

	public Question withRows(List<ChoiceOption> newRows) {
		return new Question(key, type, textEn, textZh, required, page, touchpointId, options, allowOther, newRows,
				minValue, maxValue, ratingStyle, condition);
	}
}
