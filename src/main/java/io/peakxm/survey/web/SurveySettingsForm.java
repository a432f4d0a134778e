package io.peakxm.survey.web;

import io.peakxm.survey.SurveyDefinition;

/**
 * The survey page's settings form: titles, introduction and thank-you texts in both
 * languages, and the journey the survey measures, chosen from a list. Mutable for form
 * binding.
 */
public class SurveySettingsForm {

	private Integer revision;

	private String titleEn;

	private String titleZh;

	private String introEn;

	private String introZh;

	private String thankYouEn;

	private String thankYouZh;

	private Long journeyId;

	static SurveySettingsForm of(SurveyDefinition definition, int revision) {
		SurveySettingsForm form = new SurveySettingsForm();
		form.revision = revision;
		form.titleEn = definition.titleEn();
		form.titleZh = definition.titleZh();
		form.introEn = definition.introEn();
		form.introZh = definition.introZh();
		form.thankYouEn = definition.thankYouEn();
		form.thankYouZh = definition.thankYouZh();
		form.journeyId = definition.journeyId();
		return form;
	}

	/** The definition with these settings and its questions unchanged. */
	SurveyDefinition applyTo(SurveyDefinition definition) {
		return new SurveyDefinition(text(titleEn), text(titleZh), text(introEn), text(introZh), text(thankYouEn),
				text(thankYouZh), journeyId, definition.questions());
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public Integer getRevision() {
		return revision;
	}

	public void setRevision(Integer revision) {
		this.revision = revision;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getTitleZh() {
		return titleZh;
	}

	public void setTitleZh(String titleZh) {
		this.titleZh = titleZh;
	}

	public String getIntroEn() {
		return introEn;
	}

	public void setIntroEn(String introEn) {
		this.introEn = introEn;
	}

	public String getIntroZh() {
		return introZh;
	}

	public void setIntroZh(String introZh) {
		this.introZh = introZh;
	}

	public String getThankYouEn() {
		return thankYouEn;
	}

	public void setThankYouEn(String thankYouEn) {
		this.thankYouEn = thankYouEn;
	}

	public String getThankYouZh() {
		return thankYouZh;
	}

	public void setThankYouZh(String thankYouZh) {
		this.thankYouZh = thankYouZh;
	}

	public Long getJourneyId() {
		return journeyId;
	}

	public void setJourneyId(Long journeyId) {
		this.journeyId = journeyId;
	}

}
