package io.peakxm.survey;

import java.util.List;

import io.peakxm.shared.LocalizedText;

/**
 * One question of a survey. {@code key} is stable across versions (answers are stored by
 * it). Choice questions have options (and may allow "other" text); matrix questions have
 * rows rated on the type's scale; number questions may bound the value; hidden fields
 * take their value from the link parameter named {@code key}. A question may link to a
 * journey touchpoint, and may be shown only under a display condition.
 * <p>
 * The components are the published JSON of a question (docs/survey-json.md), so they stay
 * flat; code builds a question with {@link #builder}, which names every part, and reads
 * its text whole with {@link #text()}.
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

	/**
	 * A question of a type under a key: optional, on page 1, without options, rows,
	 * bounds or condition.
	 */
	public static Builder builder(String key, QuestionType type) {
		return new Builder(key, type);
	}

	/** The question text in both languages, for the edge to show in the reader's. */
	public LocalizedText text() {
		return new LocalizedText(textEn, textZh);
	}

	/** A builder holding this question, to change some of its parts. */
	public Builder toBuilder() {
		return new Builder(key, type).text(textEn, textZh)
			.required(required)
			.page(page)
			.touchpoint(touchpointId)
			.options(options)
			.allowOther(allowOther)
			.rows(rows)
			.range(minValue, maxValue)
			.ratingStyle(ratingStyle)
			.condition(condition);
	}

	public Question withKey(String newKey) {
		return toBuilder().key(newKey).build();
	}

	public Question withPage(int newPage) {
		return toBuilder().page(newPage).build();
	}

	public Question withTouchpoint(Long newTouchpointId) {
		return toBuilder().touchpoint(newTouchpointId).build();
	}

	public Question withRows(List<ChoiceOption> newRows) {
		return toBuilder().rows(newRows).build();
	}

	/** Builds a question part by part, so that a call site names what each value is. */
	public static final class Builder {

		private String key;

		private final QuestionType type;

		private String textEn;

		private String textZh;

		private boolean required;

		private int page = 1;

		private Long touchpointId;

		private List<ChoiceOption> options = List.of();

		private boolean allowOther;

		private List<ChoiceOption> rows = List.of();

		private Double minValue;

		private Double maxValue;

		private RatingStyle ratingStyle;

		private DisplayCondition condition;

		private Builder(String key, QuestionType type) {
			this.key = key;
			this.type = type;
		}

		public Builder key(String newKey) {
			this.key = newKey;
			return this;
		}

		/** The text in English and in Chinese (either may be blank). */
		public Builder text(String en, String zh) {
			this.textEn = en;
			this.textZh = zh;
			return this;
		}

		public Builder required(boolean isRequired) {
			this.required = isRequired;
			return this;
		}

		public Builder page(int onPage) {
			this.page = onPage;
			return this;
		}

		/** The journey touchpoint the question measures, or null. */
		public Builder touchpoint(Long id) {
			this.touchpointId = id;
			return this;
		}

		public Builder options(List<ChoiceOption> choiceOptions) {
			this.options = choiceOptions;
			return this;
		}

		/** Whether a choice question offers "other" with a text. */
		public Builder allowOther(boolean other) {
			this.allowOther = other;
			return this;
		}

		public Builder rows(List<ChoiceOption> matrixRows) {
			this.rows = matrixRows;
			return this;
		}

		/** The bounds of a number question (either may be null). */
		public Builder range(Double min, Double max) {
			this.minValue = min;
			this.maxValue = max;
			return this;
		}

		public Builder ratingStyle(RatingStyle style) {
			this.ratingStyle = style;
			return this;
		}

		/** Shows the question only when the condition holds (null: always). */
		public Builder condition(DisplayCondition shownWhen) {
			this.condition = shownWhen;
			return this;
		}

		public Question build() {
			return new Question(key, type, textEn, textZh, required, page, touchpointId, options, allowOther, rows,
					minValue, maxValue, ratingStyle, condition);
		}

	}
}
