package io.peakxm.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.peakxm.insight.calculation.Bootstrap;
import io.peakxm.insight.calculation.EmotionalCurve;
import io.peakxm.insight.calculation.PeakEnd;
import io.peakxm.insight.calculation.PeakEndFit;
import io.peakxm.insight.calculation.PeakEndOptions;
import io.peakxm.insight.calculation.RatingScale;
import io.peakxm.insight.calculation.RelativeWeights;
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
				.map(s -> s.name(actor.prefersChinese())).orElse("");
			points.add(new CurvePoint(t.id(), t.name(actor.prefersChinese()), stage, t.designedEmotion(), t.designedPeak(),
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

	/**
	 * Key drivers: Johnson's relative weights of the touchpoint ratings on the NPS answer, over the responses that
	 * rate every touchpoint of the survey (complete cases; skipped ones are counted), with bootstrap intervals and
	 * a comparison with a random-noise driver. Touchpoints are ordered by weight.
	 */
	@Transactional(readOnly = true)
	public Drivers drivers(Actor actor, InsightQuery query) {
		Survey survey = surveys.get(actor, query.survey());
		JourneyRatings.Layout layout = ratings.layout(survey);
		int p = layout.touchpoints().size();
		List<double[]> rows = new ArrayList<>();
		List<Double> outcomes = new ArrayList<>();
		long[] skipped = { 0 };
		LocalDate[] range = range(query);
		ratings.stream(survey, layout, range[0], range[1], (values, outcome) -> {
			boolean complete = !Double.isNaN(outcome);
			for (double v : values) {
				complete &= !Double.isNaN(v);
			}
			if (complete) {
				rows.add(values);
				outcomes.add(outcome);
			}
			else {
				skipped[0]++;
			}
		});
		if (rows.size() < Math.max(30, 2 * (p + 2))) {
			throw new io.peakxm.shared.NotFoundException("insight.notEnoughResponses");
		}
		double[][] x = rows.toArray(double[][]::new);
		double[] y = outcomes.stream().mapToDouble(Double::doubleValue).toArray();
		RelativeWeights.Weights weights;
		try {
			weights = RelativeWeights.of(x, y);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of("survey", "insight.driversUndefined", ex.getMessage());
		}
		Bootstrap.Result intervals = Bootstrap.percentileIntervals(x.length, 200, 7,
				sample -> RelativeWeights.of(x, y, sample).raw());
		Bootstrap.Result margins = Bootstrap.percentileIntervals(x.length, 200, 11,
				sample -> RelativeWeights.withNoiseDriver(x, y, sample, 13).marginsOverNoise());
		double[] shares = weights.shares();
		double[] performance = new double[p];
		for (double[] row : x) {
			for (int j = 0; j < p; j++) {
				performance[j] += row[j] / x.length;
			}
		}
		double shareMedian = 100 * Bootstrap.percentile(shares, 0.5);
		double performanceMedian = Bootstrap.percentile(performance, 0.5);
		List<Driver> drivers = new ArrayList<>();
		for (int j = 0; j < p; j++) {
			Touchpoint t = layout.touchpoints().get(j);
			drivers.add(new Driver(t.id(), t.name(actor.prefersChinese()), weights.raw()[j], intervals.estimate(j).low(),
					intervals.estimate(j).high(), 100 * shares[j], margins.estimate(j).low() > 0, performance[j],
					Quadrant.of(100 * shares[j], shareMedian, performance[j], performanceMedian)));
		}
		drivers.sort(java.util.Comparator.comparingDouble(Driver::weight).reversed());
		return new Drivers(drivers, weights.rSquared(), x.length, skipped[0], shareMedian, performanceMedian);
	}

	private LocalDate[] range(InsightQuery query) {
		LocalDate to = query.to() != null ? query.to() : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		LocalDate from = query.from() != null ? query.from() : to.minusDays(364);
		if (from.isAfter(to)) {
			throw InvalidInputException.of("from", "insight.fromAfterTo");
		}
		return new LocalDate[] { from, to };
	}
}
