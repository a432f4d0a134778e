package io.peakxm.metrics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.peakxm.journey.Journeys;
import io.peakxm.metrics.internal.RollupStore;
import io.peakxm.metrics.internal.RollupStore.Grouping;
import io.peakxm.metrics.statistics.Estimates.Estimate;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.LocalizedText;
import io.peakxm.shared.NotFoundException;
import io.peakxm.shared.PageRequest;
import io.peakxm.survey.ChoiceOption;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyStatus;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Permission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Dashboard figures, read from rollups (their cost does not grow with the number of responses): KPI tiles with
 * 95 % intervals and significance of changes, trends, touchpoints in journey order with standard compliance,
 * distributions and breakdowns. Definitions: DESIGN.md §3; docs/metrics.md.
 */
@Service
public class Metrics {

	/** The longest range a dashboard reads. */
	static final int MAX_DAYS = 3 * 366;

	/** The days a dashboard shows unless asked otherwise. */
	public static final int DEFAULT_DAYS = 30;

	private final RollupStore rollups;

	private final Surveys surveys;

	private final Journeys journeys;

	private final Clock clock;

	private final int minimumResponses;

	private final Figures figures;

	private final TouchpointMetrics touchpointMetrics;

	Metrics(RollupStore rollups, Surveys surveys, Journeys journeys, Clock clock,
			@Value("${peakxm.metrics.minimum-responses:5}") int minimumResponses) {
		this.rollups = rollups;
		this.surveys = surveys;
		this.journeys = journeys;
		this.clock = clock;
		this.minimumResponses = minimumResponses;
		this.figures = new Figures(minimumResponses);
		this.touchpointMetrics = new TouchpointMetrics(rollups, journeys, figures);
	}

	/** Below this n a figure is hidden ("not enough responses"). */
	public int minimumResponses() {
		return minimumResponses;
	}

	// --- the survey and filter ---------------------------------------------------------------------------------

	/** The survey a query is about: the one asked for, or the workspace's first open (else first) survey. */
	public Survey survey(Actor actor, MetricsQuery query) {
		if (query.survey() != null) {
			return surveys.get(actor, query.survey());
		}
		var open = surveys.list(actor, SurveyStatus.OPEN, null, new PageRequest(0, 1)).items();
		if (!open.isEmpty()) {
			return open.get(0);
		}
		var any = surveys.list(actor, null, null, new PageRequest(0, 1)).items();
		if (any.isEmpty()) {
			throw new NotFoundException("metrics.noSurvey");
		}
		return any.get(0);
	}

	/**
	 * The days a query shows: from and to as asked, else the last {@value #DEFAULT_DAYS} days up to today (UTC) —
	 * the dashboards' and the home page's default.
	 */
	public Period period(MetricsQuery query) {
		LocalDate to = query.to() != null ? query.to() : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		LocalDate from = query.from() != null ? query.from() : to.minusDays(DEFAULT_DAYS - 1);
		if (from.isAfter(to)) {
			throw InvalidInputException.of("from", "metrics.fromAfterTo");
		}
		if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
			throw InvalidInputException.of("from", "metrics.rangeTooLong", MAX_DAYS);
		}
		return new Period(from, to);
	}

	RollupFilter filter(Actor actor, Survey survey, MetricsQuery query) {
		Period period = period(query);
		if (query.dimension() != null) {
			if (!actor.can(Permission.ANALYTICS_VIEW)) {
				throw new AccessDeniedException("segments need ANALYTICS_VIEW");
			}
			if (query.dimension().indexOf(':') < 1 || !rollups.dimensions(survey.id()).contains(query.dimensionName())) {
				throw InvalidInputException.of("dimension", "metrics.dimensionUnknown", query.dimension(),
						String.join(", ", rollups.dimensions(survey.id())));
			}
		}
		return new RollupFilter(survey.workspaceId(), survey.id(), period.from(), period.to(), query.channel(),
				query.language(), null,
				query.dimensionName(), query.dimensionValue());
	}

	// --- overview ------------------------------------------------------------------------------------------------

	public Overview overview(Actor actor, MetricsQuery query) {
		Survey survey = survey(actor, query);
		RollupFilter f = filter(actor, survey, query);
		long days = ChronoUnit.DAYS.between(f.from(), f.to()) + 1;
		RollupFilter previous = f.period(f.from().minusDays(days), f.from().minusDays(1));
		RollupFilter lastYear = f.period(f.from().minusYears(1), f.to().minusYears(1));
		List<Figure> tiles = new ArrayList<>();
		for (Question q : survey.definition().questions()) {
			switch (q.type()) {
				case NPS -> tiles.add(figure(q, label(q, "enps".equals(q.key()) ? "eNPS · " : "", ""),
						Figure.Measure.NPS, f, previous, lastYear));
				case CSAT -> {
					tiles.add(figure(q, label(q, "", " · top-2"), Figure.Measure.SHARE, f, previous, lastYear));
					tiles.add(figure(q, label(q, "", " · Ø"), Figure.Measure.MEAN, f, previous, lastYear));
				}
				case CES -> {
					tiles.add(figure(q, label(q, "", " · Ø"), Figure.Measure.MEAN, f, previous, lastYear));
					tiles.add(figure(q, label(q, "", " · 5–7"), Figure.Measure.SHARE, f, previous, lastYear));
				}
				default -> {
				}
			}
		}
		Figure main = tiles.isEmpty() ? null : tiles.get(0);
		Granularity granularity = query.granularity() != null ? query.granularity() : Granularity.forDays(days);
		List<TrendPoint> trend = main == null ? List.of()
				: trend(f, main, granularity, question(survey, main.question()).type());
		return new Overview(survey.id(), title(survey), f.from(), f.to(), previous.from(),
				previous.to(), tiles, main, granularity, trend);
	}

	private List<TrendPoint> trend(RollupFilter f, Figure main, Granularity granularity, QuestionType type) {
		Map<LocalDate, Aggregate> buckets = new LinkedHashMap<>();
		for (LocalDate d = granularity.start(f.from()); !d.isAfter(f.to()); d = granularity.next(d)) {
			buckets.put(d, Aggregate.EMPTY);
		}
		rollups.grouped(f, main.question(), main.row(), Grouping.DAY)
			.forEach((day, a) -> buckets.merge(granularity.start(LocalDate.parse(day)), a, Aggregate::plus));
		List<TrendPoint> points = new ArrayList<>();
		buckets.forEach((start, a) -> {
			Estimate e = Figures.estimate(main.measure(), type, a);
			points.add(new TrendPoint(start, granularity.next(start).minusDays(1), e, e.n() < minimumResponses));
		});
		return points;
	}

	// --- touchpoints ---------------------------------------------------------------------------------------------

	/** Every touchpoint of the survey's journey in journey order, with what the survey measured of it. */
	public List<TouchpointScore> touchpoints(Actor actor, MetricsQuery query) {
		Survey survey = survey(actor, query);
		RollupFilter f = filter(actor, survey, query);
		long days = ChronoUnit.DAYS.between(f.from(), f.to()) + 1;
		return touchpointMetrics.scores(survey, f, f.period(f.from().minusDays(days), f.from().minusDays(1)));
	}

	// --- distribution and breakdown ------------------------------------------------------------------------------

	public Distribution distribution(Actor actor, MetricsQuery query, String questionKey) {
		Survey survey = survey(actor, query);
		RollupFilter f = filter(actor, survey, query);
		Question q = question(survey, questionKey);
		List<Distribution.Bar> bars = new ArrayList<>();
		long n;
		if (q.type().isChoice()) {
			Map<String, Aggregate> byRow = rollups.grouped(f, q.key(), null, Grouping.QUESTION);
			n = byRow.getOrDefault(q.key() + "|", Aggregate.EMPTY).n();
			for (ChoiceOption option : q.options()) {
				long count = byRow.getOrDefault(q.key() + "|opt:" + option.key(), Aggregate.EMPTY).n();
				bars.add(new Distribution.Bar(option.key(), new LocalizedText(option.labelEn(), option.labelZh()), count,
						Figures.percent(count, n)));
			}
		}
		else {
			Aggregate a = rollups.total(f, q.key(), "");
			if (q.type() == QuestionType.MATRIX) {
				a = Aggregate.EMPTY;
				for (Aggregate row : rollups.grouped(f, q.key(), null, Grouping.QUESTION).values()) {
					a = a.plus(row);
				}
			}
			n = a.n();
			int min = q.type().scaleMin();
			int max = q.type() == QuestionType.NUMBER ? 10 : q.type().scaleMax();
			long[] h = a.histogram();
			for (int v = min; v <= max; v++) {
				bars.add(new Distribution.Bar(String.valueOf(v), LocalizedText.untranslated(String.valueOf(v)), h[v],
						Figures.percent(h[v], n)));
			}
		}
		return new Distribution(q.key(), q.type(), label(q, "", ""), n, n < minimumResponses ? List.of() : bars);
	}

	/** A question's main figure split by {@code by}: channel, language, touchpoint or dimension:&lt;field&gt;. */
	public Breakdown breakdown(Actor actor, MetricsQuery query, String questionKey, String rowKey, String by) {
		Survey survey = survey(actor, query);
		RollupFilter f = filter(actor, survey, query);
		Question q = question(survey, questionKey);
		String row = rowKey == null ? "" : rowKey;
		Figure.Measure measure = Figures.measureOf(q.type());
		Grouping grouping;
		RollupFilter source = f;
		if (by == null || by.equals("channel")) {
			grouping = Grouping.CHANNEL;
		}
		else if (by.equals("language")) {
			grouping = Grouping.LANGUAGE;
		}
		else if (by.equals("touchpoint")) {
			grouping = Grouping.TOUCHPOINT;
		}
		else if (by.startsWith("dimension:") && rollups.dimensions(survey.id()).contains(by.substring(10))) {
			if (!actor.can(Permission.ANALYTICS_VIEW)) {
				throw new AccessDeniedException("segments need ANALYTICS_VIEW");
			}
			grouping = Grouping.DIMENSION_VALUE;
			source = f.dimension(by.substring(10), "");
		}
		else {
			throw InvalidInputException.of("by", "metrics.breakdownUnknown", String.valueOf(by));
		}
		Map<String, Aggregate> groups = grouping == Grouping.DIMENSION_VALUE
				? rollups.groupedByDimension(source, q.key(), row) : rollups.grouped(source, q.key(), row, grouping);
		Aggregate total = groups.values().stream().reduce(Aggregate.EMPTY, Aggregate::plus);
		Figure totalFigure = figures.figure(q.key(), row, label(q, "", ""), measure, q.type(), total, null, null);
		List<Breakdown.Group> result = new ArrayList<>();
		Map<Long, String> namesEn = survey.definition().measuredTouchpoints(false);
		Map<Long, String> namesZh = survey.definition().measuredTouchpoints(true);
		groups.forEach((key, a) -> {
			Aggregate rest = Figures.minus(total, a);
			// Channels and languages are named by the page (they are UI words); touchpoints by their names.
			LocalizedText label = grouping != Grouping.TOUCHPOINT ? LocalizedText.untranslated(key)
					: "0".equals(key) ? LocalizedText.untranslated("–")
							: namesEn.containsKey(Long.valueOf(key))
									? new LocalizedText(namesEn.get(Long.valueOf(key)), namesZh.get(Long.valueOf(key)))
									: LocalizedText.untranslated("#" + key);
			result.add(new Breakdown.Group(key, label,
					figures.figure(q.key(), row, label, measure, q.type(), a, null, null),
					Figures.change(measure, q.type(), rest, a)));
		});
		return new Breakdown(by == null ? "channel" : by, totalFigure, result);
	}

	// --- figures -------------------------------------------------------------------------------------------------

	/** A KPI tile: a question's figure in a period, compared with the previous period and last year. */
	private Figure figure(Question q, LocalizedText label, Figure.Measure measure, RollupFilter current,
			RollupFilter previous, RollupFilter lastYear) {
		Aggregate a = rollups.total(current, q.key(), "");
		Aggregate p = previous == null ? null : rollups.total(previous, q.key(), "");
		Aggregate y = lastYear == null ? null : rollups.total(lastYear, q.key(), "");
		return figures.figure(q.key(), "", label, measure, q.type(), a, p, y);
	}

	private static Question question(Survey survey, String key) {
		return survey.definition()
			.questions()
			.stream()
			.filter(q -> q.key().equals(key))
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("question", "metrics.questionUnknown", String.valueOf(key)));
	}

	/** A question's text in both languages with a prefix and suffix ("eNPS · …", "… · top-2"). */
	private static LocalizedText label(Question q, String prefix, String suffix) {
		return new LocalizedText(affixed(prefix, q.textEn(), suffix), affixed(prefix, q.textZh(), suffix));
	}

	/** A blank text stays blank, so that the other language's text stands in for it. */
	private static String affixed(String prefix, String text, String suffix) {
		return text == null || text.isBlank() ? text : prefix + text + suffix;
	}

	static LocalizedText title(Survey survey) {
		return new LocalizedText(survey.definition().titleEn(), survey.definition().titleZh());
	}
}
