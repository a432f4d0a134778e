package io.peakxm.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.peakxm.insight.calculation.EmotionalCurve;
import io.peakxm.insight.calculation.PeakEnd;
import io.peakxm.insight.calculation.PeakEndFit;
import io.peakxm.insight.calculation.PeakEndOptions;
import io.peakxm.insight.calculation.RatingScale;
import io.peakxm.journey.Touchpoint;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.survey.Survey;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emotional curve and the peak-end analysis of a survey that rates the touchpoints of a journey (a matrix row
 * per touchpoint, 1–5) and asks NPS as the overall verdict. Ratings are streamed from the database in one pass.
 */
@Service
public class Insights {

	private final Surveys surveys;

	private final JourneyRatings ratings;

	private final Clock clock;

	Insights(Surveys surveys, JourneyRatings ratings, Clock clock) {
		this.surveys = surveys;
		this.ratings = ratings;
		this.clock = clock;
	}

	/** Per touchpoint in journey order: designed emotion and the measured curve (mean and quartiles on −1…+1). */
	@Transactional(readOnly = true)
	public List<CurvePoint> curve(Actor actor, InsightQuery query) {
		Survey survey = surveys.get(actor, query.survey());
		JourneyRatings.Layout layout = ratings.layout(survey);
		EmotionalCurve curve = new EmotionalCurve(layout.touchpoints().size(), RatingScale.ONE_TO_FIVE);
		LocalDate[] range = range(query);
		ratings.stream(survey, layout, range[0], range[1], (values, outcome) -> curve.add(values));
		List<CurvePoint> points = new ArrayList<>();
		for (int i = 0; i < layout.touchpoints().size(); i++) {
			Touchpoint t = layout.touchpoints().get(i);
			String stage = layout.journey().design().stage(layout.journey().design().stageOf(t.id()))
				.map(s -> s.name(chinese(actor))).orElse("");
			points.add(new CurvePoint(t.id(), t.name(chinese(actor)), stage, t.designedEmotion(), t.designedPeak(),
					t.endMoment(), curve.point(i)));
		}
		return points;
	}

	/**
	 * The peak-end model (peak, valley, end and mean of a response's touchpoint ratings) against the mean-only model
	 * for the overall NPS answer: weights with bootstrap intervals, adjusted R², cross-validated error, verdict.
	 * Empty when too few responses rate at least two touchpoints.
	 */
	@Transactional(readOnly = true)
	public Optional<PeakEndFit> peakEnd(Actor actor, InsightQuery query) {
		Survey survey = surveys.get(actor, query.survey());
		JourneyRatings.Layout layout = ratings.layout(survey);
		PeakEnd model = new PeakEnd(RatingScale.ONE_TO_FIVE, RatingScale.ZERO_TO_TEN,
				PeakEndOptions.defaults().withEndTouchpoint(layout.endIndex()).withResamples(200));
		LocalDate[] range = range(query);
		ratings.stream(survey, layout, range[0], range[1], model::add);
		return model.fit();
	}

	private LocalDate[] range(InsightQuery query) {
		LocalDate to = query.to() != null ? query.to() : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		LocalDate from = query.from() != null ? query.from() : to.minusDays(364);
		if (from.isAfter(to)) {
			throw InvalidInputException.of("from", "insight.fromAfterTo");
		}
		return new LocalDate[] { from, to };
	}

	private static boolean chinese(Actor actor) {
		return actor.locale() != null && actor.locale().startsWith("zh");
	}
}
