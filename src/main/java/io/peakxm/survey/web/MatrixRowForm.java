package io.peakxm.survey.web;

import io.peakxm.journey.JourneyDesign;
import io.peakxm.survey.ChoiceOption;
import io.peakxm.survey.TouchpointLinks;

/**
 * One matrix row of the question form: key, labels and the touchpoint it rates. A row
 * with a touchpoint but no key takes the key {@code tp_<id>}, and one without labels the
 * touchpoint's names, so picking touchpoints is enough. Mutable for form binding.
 */
public class MatrixRowForm {

	private String key;

	private String labelEn;

	private String labelZh;

	private Long touchpointId;

	static MatrixRowForm of(ChoiceOption row) {
		MatrixRowForm form = new MatrixRowForm();
		form.key = row.key();
		form.labelEn = row.labelEn();
		form.labelZh = row.labelZh();
		form.touchpointId = row.touchpointId();
		return form;
	}

	boolean isBlank() {
		return FormText.blank(key) == null && FormText.blank(labelEn) == null && FormText.blank(labelZh) == null
				&& touchpointId == null;
	}

	/**
	 * The row, with key and labels left blank taken from its touchpoint when
	 * {@code journey} (null: none) has it.
	 */
	ChoiceOption toRow(JourneyDesign journey) {
		ChoiceOption named = touchpointId == null || journey == null ? null
				: journey.touchpoint(touchpointId).map(TouchpointLinks::rowFor).orElse(null);
		String k = FormText.blank(key);
		String en = FormText.blank(labelEn);
		String zh = FormText.blank(labelZh);
		if (named == null) {
			return new ChoiceOption(k, en, zh, touchpointId);
		}
		boolean unlabelled = en == null && zh == null;
		return new ChoiceOption(k == null ? named.key() : k, unlabelled ? named.labelEn() : en,
				unlabelled ? named.labelZh() : zh, touchpointId);
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getLabelEn() {
		return labelEn;
	}

	public void setLabelEn(String labelEn) {
		this.labelEn = labelEn;
	}

	public String getLabelZh() {
		return labelZh;
	}

	public void setLabelZh(String labelZh) {
		this.labelZh = labelZh;
	}

	public Long getTouchpointId() {
		return touchpointId;
	}

	public void setTouchpointId(Long touchpointId) {
		this.touchpointId = touchpointId;
	}

}
