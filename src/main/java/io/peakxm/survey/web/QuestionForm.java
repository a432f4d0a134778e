package io.peakxm.survey.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.Touchpoint;
import io.peakxm.survey.ChoiceOption;
import io.peakxm.survey.DisplayCondition;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.TouchpointLinks;

/**
 * The question form of the survey builder. Options are typed one per line as
 * {@code key | English | 中文}; matrix rows are form rows, each with a touchpoint picked
 * from the survey's journey (blank rows are ignored, and a row with only a touchpoint
 * takes its key and names from it); a display condition is an earlier question, an
 * operator and comma-separated values. Mutable for form binding.
 */
public class QuestionForm {

	/** Empty rows offered below the filled ones. */
	static final int BLANK_ROWS = 3;

	private Integer revision;

	private String key;

	private String type = "NPS";

	private String textEn;

	private String textZh;

	private boolean required;

	private Integer page = 1;

	private Long touchpointId;

	private String options;

	private boolean allowOther;

	private List<MatrixRowForm> rows = new ArrayList<>();

	private Double minValue;

	private Double maxValue;

	private String ratingStyle = "NUMBERS";

	private String conditionKey;

	private String conditionOperator;

	private String conditionValues;

	static QuestionForm of(Question q, int revision) {
		QuestionForm form = new QuestionForm();
		form.revision = revision;
		form.key = q.key();
		form.type = q.type().name();
		form.textEn = q.textEn();
		form.textZh = q.textZh();
		form.required = q.required();
		form.page = q.page();
		form.touchpointId = q.touchpointId();
		form.options = FormText.lines(q.options());
		form.allowOther = q.allowOther();
		q.rows().stream().map(MatrixRowForm::of).forEach(form.rows::add);
		form.minValue = q.minValue();
		form.maxValue = q.maxValue();
		form.ratingStyle = q.ratingStyle().name();
		if (q.condition() != null) {
			form.conditionKey = q.condition().questionKey();
			form.conditionOperator = q.condition().operator().name();
			form.conditionValues = String.join(", ", q.condition().values());
		}
		return form.withBlankRows();
	}

	/**
	 * Drops the empty rows, so that row numbers in error paths are the rows' places on
	 * the form.
	 */
	QuestionForm withoutBlankRows() {
		rows.removeIf(MatrixRowForm::isBlank);
		return this;
	}

	QuestionForm withBlankRows() {
		withoutBlankRows();
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(new MatrixRowForm());
		}
		return this;
	}

	/**
	 * Makes this a matrix with one row per touchpoint of the journey, in journey order; a
	 * row that already rates a touchpoint keeps its key and labels (answers are stored by
	 * the key).
	 */
	QuestionForm rateEveryTouchpoint(JourneyDesign journey) {
		type = QuestionType.MATRIX.name();
		List<MatrixRowForm> filled = new ArrayList<>();
		for (Touchpoint t : journey.touchpointsInOrder()) {
			filled.add(rows.stream()
				.filter(r -> t.id().equals(r.getTouchpointId()))
				.findFirst()
				.orElseGet(() -> MatrixRowForm.of(TouchpointLinks.rowFor(t))));
		}
		rows = filled;
		return withBlankRows();
	}

	/**
	 * The question; {@code journey} (null for none) names the rows that have only a
	 * touchpoint.
	 */
	Question toQuestion(JourneyDesign journey) {
		QuestionType parsedType = parse(QuestionType.class, type, "type");
		DisplayCondition condition = conditionKey == null || conditionKey.isBlank() ? null
				: new DisplayCondition(conditionKey.trim(),
						parse(DisplayCondition.Operator.class, conditionOperator, "conditionOperator"),
						conditionValues == null ? List.of()
								: Arrays.stream(conditionValues.split(","))
									.map(String::trim)
									.filter(v -> !v.isEmpty())
									.toList());
		return Question.builder(key == null ? null : key.trim(), parsedType)
			.text(FormText.blank(textEn), FormText.blank(textZh))
			.required(required)
			.page(page == null ? 1 : page)
			.touchpoint(touchpointId)
			.options(FormText.options(options))
			.allowOther(allowOther)
			.rows(rows.stream().filter(r -> !r.isBlank()).map(r -> r.toRow(journey)).toList())
			.range(minValue, maxValue)
			.ratingStyle(parse(Question.RatingStyle.class, ratingStyle, "ratingStyle"))
			.condition(condition)
			.build();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		io.peakxm.shared.Violations violations = new io.peakxm.shared.Violations();
		E parsed = violations.enumValue(field, type, value, null);
		if (parsed == null && violations.isEmpty()) {
			violations.add(field, "validation.required");
		}
		violations.throwIfAny();
		return parsed;
	}

	public Integer getRevision() {
		return revision;
	}

	public void setRevision(Integer revision) {
		this.revision = revision;
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getTextEn() {
		return textEn;
	}

	public void setTextEn(String textEn) {
		this.textEn = textEn;
	}

	public String getTextZh() {
		return textZh;
	}

	public void setTextZh(String textZh) {
		this.textZh = textZh;
	}

	public boolean isRequired() {
		return required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public Integer getPage() {
		return page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

	public Long getTouchpointId() {
		return touchpointId;
	}

	public void setTouchpointId(Long touchpointId) {
		this.touchpointId = touchpointId;
	}

	public String getOptions() {
		return options;
	}

	public void setOptions(String options) {
		this.options = options;
	}

	public boolean isAllowOther() {
		return allowOther;
	}

	public void setAllowOther(boolean allowOther) {
		this.allowOther = allowOther;
	}

	public List<MatrixRowForm> getRows() {
		return rows;
	}

	public void setRows(List<MatrixRowForm> rows) {
		this.rows = rows;
	}

	public Double getMinValue() {
		return minValue;
	}

	public void setMinValue(Double minValue) {
		this.minValue = minValue;
	}

	public Double getMaxValue() {
		return maxValue;
	}

	public void setMaxValue(Double maxValue) {
		this.maxValue = maxValue;
	}

	public String getRatingStyle() {
		return ratingStyle;
	}

	public void setRatingStyle(String ratingStyle) {
		this.ratingStyle = ratingStyle;
	}

	public String getConditionKey() {
		return conditionKey;
	}

	public void setConditionKey(String conditionKey) {
		this.conditionKey = conditionKey;
	}

	public String getConditionOperator() {
		return conditionOperator;
	}

	public void setConditionOperator(String conditionOperator) {
		this.conditionOperator = conditionOperator;
	}

	public String getConditionValues() {
		return conditionValues;
	}

	public void setConditionValues(String conditionValues) {
		this.conditionValues = conditionValues;
	}

}
