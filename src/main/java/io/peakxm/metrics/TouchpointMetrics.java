package io.peakxm.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.peakxm.journey.ComplianceSource;
import io.peakxm.journey.Journey;
import io.peakxm.journey.Journeys;
import io.peakxm.journey.ServiceStandard;
import io.peakxm.journey.Touchpoint;
import io.peakxm.metrics.internal.AnswerKey;
import io.peakxm.metrics.internal.RollupStore;
import io.peakxm.shared.Emotion;
import io.peakxm.shared.LocalizedText;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.ScoreVector;
import io.peakxm.survey.Survey;

/**
 * The touchpoint view: every touchpoint of a survey's journey in journey order with the
 * rating the survey measured (mean and top-2-box against the previous period), its
 * designed and measured emotion, and the compliance with its service standards that a
 * survey question measures. Two rollup reads, whatever the number of touchpoints.
 */
final class TouchpointMetrics {

	private final RollupStore rollups;

	private final Journeys journeys;

	private final Figures figures;

	TouchpointMetrics(RollupStore rollups, Journeys journeys, Figures figures) {
		this.rollups = rollups;
		this.journeys = journeys;
		this.figures = figures;
	}

	List<TouchpointScore> scores(Survey survey, RollupFilter f, RollupFilter previous) {
		Optional<Journey> journey = survey.definition().journeyId() == null ? Optional.empty()
				: journeys.find(survey.workspaceId(), survey.definition().journeyId());
		if (journey.isEmpty()) {
			return List.of();
		}
		Map<AnswerKey, Aggregate> all = rollups.perAnswer(f, null);
		Map<AnswerKey, Aggregate> before = rollups.perAnswer(previous, null);
		List<TouchpointScore> result = new ArrayList<>();
		for (Touchpoint tp : journey.get().design().touchpointsInOrder()) {
			// The survey says which question (and matrix row) rates the touchpoint; the
			// insight pages ask the same.
			Optional<ScoreVector.Slot> rating = ScoreVector.touchpointRating(survey.definition(), tp.id());
			LocalizedText name = Names.of(tp);
			Figure mean = null;
			Figure top = null;
			if (rating.isPresent()) {
				String question = rating.get().questionKey();
				String row = rating.get().rowKey() == null ? "" : rating.get().rowKey();
				AnswerKey key = new AnswerKey(question, row);
				Aggregate a = all.getOrDefault(key, Aggregate.EMPTY);
				Aggregate b = before.getOrDefault(key, Aggregate.EMPTY);
				QuestionType type = rating.get().type();
				mean = figures.figure(question, row, name, Figure.Measure.MEAN, type, a, b, null);
				top = figures.figure(question, row, name, Figure.Measure.SHARE, type, a, b, null);
			}
			LocalizedText stage = journey.get()
				.design()
				.stage(journey.get().design().stageOf(tp.id()))
				.map(Names::of)
				.orElse(LocalizedText.untranslated(""));
			Double measuredEmotion = mean == null || mean.hidden() || Double.isNaN(mean.estimate().value()) ? null
					: Math.round(Emotion.ofRating(mean.estimate().value()).value() * 100) / 100.0;
			result.add(new TouchpointScore(tp.id(), name, stage, tp.designedEmotion(), tp.designedPeak(),
					tp.endMoment(), mean, top, measuredEmotion, compliance(survey, tp, all)));
		}
		return result;
	}

	/**
	 * Compliance with the touchpoint's standards that are measured by a survey question:
	 * a number question linked to the touchpoint (whole-number targets 0–10, read from
	 * the rollup histogram) or a yes/no choice question (share of "yes").
	 */
	private List<TouchpointScore.Compliance> compliance(Survey survey, Touchpoint tp, Map<AnswerKey, Aggregate> all) {
		List<TouchpointScore.Compliance> result = new ArrayList<>();
		for (ServiceStandard standard : tp.standards()) {
			if (standard.compliance() != ComplianceSource.SURVEY_QUESTION) {
				continue;
			}
			Question question = survey.definition()
				.questions()
				.stream()
				.filter(q -> q.touchpointId() != null && q.touchpointId().equals(tp.id())
						&& (q.type() == QuestionType.NUMBER || q.type() == QuestionType.SINGLE_CHOICE))
				.findFirst()
				.orElse(null);
			// Standards have one name, in the language the designer typed it.
			String summary = standard.summary();
			Figure share = null;
			if (question != null) {
				double target = standard.target().doubleValue();
				if (question.type() == QuestionType.NUMBER && target == Math.rint(target) && target >= 0
						&& target <= 10) {
					Aggregate a = all.getOrDefault(AnswerKey.of(question.key()), Aggregate.EMPTY);
					int t = (int) target;
					long met = switch (standard.direction()) {
						case AT_MOST -> a.count(0, t);
						case AT_LEAST -> a.n() - a.count(0, t - 1);
						case EQUALS -> a.count(t, t);
					};
					share = figures.share(question.key(), "", LocalizedText.untranslated(summary), met, a.n());
				}
				else if (question.type() == QuestionType.SINGLE_CHOICE) {
					Aggregate answered = all.getOrDefault(AnswerKey.of(question.key()), Aggregate.EMPTY);
					AnswerKey yesKey = AnswerKey.option(question.key(), "yes");
					Aggregate yes = all.getOrDefault(yesKey, Aggregate.EMPTY);
					share = figures.share(question.key(), yesKey.row(), LocalizedText.untranslated(summary), yes.n(),
							answered.n());
				}
			}
			result.add(new TouchpointScore.Compliance(summary, question == null ? null : Names.of(question), share));
		}
		return result;
	}

}
