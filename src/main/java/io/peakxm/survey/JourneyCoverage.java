package io.peakxm.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.Stage;
import io.peakxm.journey.Touchpoint;
import io.peakxm.shared.LocalizedText;

/**
 * How completely a survey rates the journey it measures: the journey's touchpoints that
 * no question or matrix row rates (in journey order), and the matrix rows tied to no
 * touchpoint. A touchpoint counts as rated when a scale slot rates it
 * ({@link ScoreVector.Slot#ratesTouchpoint}), as the dashboards and insights read it.
 *
 * @param journeyId the journey the survey measures
 * @param journeyName the journey's name
 * @param touchpoints how many touchpoints the journey has
 * @param unrated the touchpoints no question rates, in journey order
 * @param unlinkedRows the matrix rows tied to no touchpoint, in survey order
 */
public record JourneyCoverage(long journeyId, String journeyName, int touchpoints, List<TouchpointRef> unrated,
		List<Row> unlinkedRows) {

	public JourneyCoverage {
		unrated = List.copyOf(unrated);
		unlinkedRows = List.copyOf(unlinkedRows);
	}

	/**
	 * A touchpoint with the stage it is in, named in both languages (in JSON each name is
	 * filled in from the other language when it has none).
	 */
	public record TouchpointRef(long id, String nameEn, String nameZh, String stageEn, String stageZh) {

		static TouchpointRef of(Touchpoint touchpoint, Stage stage) {
			Locale en = Locale.ENGLISH;
			Locale zh = Locale.SIMPLIFIED_CHINESE;
			return new TouchpointRef(touchpoint.id(), touchpoint.name().in(en), touchpoint.name().in(zh),
					stage.displayName().in(en), stage.displayName().in(zh));
		}

		public LocalizedText name() {
			return new LocalizedText(nameEn, nameZh);
		}

		public LocalizedText stage() {
			return new LocalizedText(stageEn, stageZh);
		}
	}

	/** A matrix row. */
	public record Row(String questionKey, String rowKey, String labelEn, String labelZh) {

		public LocalizedText label() {
			return new LocalizedText(labelEn, labelZh);
		}
	}

	public static JourneyCoverage of(long journeyId, SurveyDefinition survey, JourneyDesign journey) {
		Set<Long> rated = ScoreVector.slots(survey)
			.stream()
			.filter(ScoreVector.Slot::ratesTouchpoint)
			.map(ScoreVector.Slot::touchpointId)
			.collect(Collectors.toSet());
		List<TouchpointRef> unrated = new ArrayList<>();
		for (Stage stage : journey.stages()) {
			stage.touchpoints()
				.stream()
				.filter(t -> !rated.contains(t.id()))
				.map(t -> TouchpointRef.of(t, stage))
				.forEach(unrated::add);
		}
		List<Row> unlinked = new ArrayList<>();
		for (Question q : survey.questions()) {
			if (q.type() == QuestionType.MATRIX) {
				q.rows()
					.stream()
					.filter(r -> r.touchpointId() == null)
					.map(r -> new Row(q.key(), r.key(), r.labelEn(), r.labelZh()))
					.forEach(unlinked::add);
			}
		}
		return new JourneyCoverage(journeyId, journey.name(), journey.touchpointsInOrder().size(), unrated, unlinked);
	}

	/** How many of the journey's touchpoints the survey rates. */
	public int rated() {
		return touchpoints - unrated.size();
	}

	/** Whether every touchpoint is rated and every matrix row rates one. */
	public boolean complete() {
		return unrated.isEmpty() && unlinkedRows.isEmpty();
	}
}
