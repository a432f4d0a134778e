package io.peakxm.metrics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.peakxm.journey.Journeys;
import io.peakxm.metrics.internal.AnswerKey;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Dashboard figures, read from rollups (their cost does not grow with the number of
 * responses): KPI tiles with 95 % intervals and significance of changes, trends,
 * touchpoints in journey order with standard compliance, distributions and breakdowns.
 * Definitions: docs/design.md §3; docs/metrics.md.
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

	private final KpiTiles kpiTiles;

	private final Breakdowns breakdowns;

	private final Distributions distributions;

	Metrics(RollupStore rollups, Surveys surveys, Journeys journeys, Clock clock, MetricsProperties properties) {
		this.rollups = rollups;
		this.surveys = surveys;
		this.journeys = journeys;
		this.clock = clock;
		this.minimumResponses = properties.minimumResponses();
		this.figures = new Figures(minimumResponses);
		this.touchpointMetrics = new TouchpointMetrics(rollups, journeys, figures);
		this.kpiTiles = new KpiTiles(rollups, figures);
		this.breakdowns = new Breakdowns(rollups, journeys, figures);
		this.distributions = new Distributions(rollups, minimumResponses);
	}

	/** Below this n a figure is hidden ("not enough responses"). */
	public int minimumResponses() {
		return minimumResponses;
	}

	// --- the survey and filter

	/**
	 * The survey a query is about: the one asked for, or the workspace's first open (else
	 * first) survey.
	 */
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
	 * The days a query shows: from and to as asked, else the last {@value #DEFAULT_DAYS}
	 * days up to today (UTC) — the dashboards' and the home page's default.
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
		requireOwn(actor, survey);
		Period period = period(query);
		if (query.dimension() != null) {
			if (!actor.can(Permission.ANALYTICS_VIEW)) {
				throw new AccessDeniedException("segments need ANALYTICS_VIEW");
			}
			if (query.dimension().indexOf(':') < 1
					|| !rollups.dimensions(survey.id()).contains(query.dimensionName())) {
				throw InvalidInputException.of("dimension", "metrics.dimensionUnknown", query.dimension(),
						String.join(", ", rollups.dimensions(survey.id())));
			}
		}
		return new RollupFilter(survey.workspaceId(), survey.id(), period.from(), period.to(), query.channel(),
				query.language(), null, query.dimensionName(), query.dimensionValue());
	}

	// --- overview

	/**
	 * KPI tiles with intervals and significant changes, and the main KPI's trend, of a
	 * survey the caller has read ({@link #survey}) for the same query.
	 */
	public Overview overview(Actor actor, Survey survey, MetricsQuery query) {
		RollupFilter f = filter(actor, survey, query);
		Period period = new Period(f.from(), f.to());
		List<Figure> tiles = kpiTiles.of(survey, f);
		Figure main = tiles.isEmpty() ? null : tiles.get(0);
		Granularity granularity = query.granularity() != null ? query.granularity()
				: Granularity.forDays(period.days());
		List<TrendPoint> trend = main == null ? List.of()
				: trend(f, main, granularity, question(survey, main.question()).type());
		return new Overview(survey.id(), Names.of(survey), f.from(), f.to(), period.previous().from(),
				period.previous().to(), tiles, main, granularity, trend);
	}

	private List<TrendPoint> trend(RollupFilter f, Figure main, Granularity granularity, QuestionType type) {
		Map<LocalDate, Aggregate> buckets = new LinkedHashMap<>();
		for (LocalDate d = granularity.start(f.from()); !d.isAfter(f.to()); d = granularity.next(d)) {
			buckets.put(d, Aggregate.EMPTY);
		}
		rollups.grouped(f, new AnswerKey(main.question(), main.row()), Grouping.DAY)
			.forEach((day, a) -> buckets.merge(granularity.start(LocalDate.parse(day)), a, Aggregate::plus));
		List<TrendPoint> points = new ArrayList<>();
		buckets.forEach((start, a) -> {
			Estimate e = Figures.estimate(main.measure(), type, a);
			points.add(new TrendPoint(start, granularity.next(start).minusDays(1), e, e.n() < minimumResponses));
		});
		return points;
	}

	// --- touchpoints

	/**
	 * Every touchpoint of the survey's journey in journey order, with what the survey
	 * measured of it; the survey read by the caller ({@link #survey}) for the same query.
	 */
	public List<TouchpointScore> touchpoints(Actor actor, Survey survey, MetricsQuery query) {
		RollupFilter f = filter(actor, survey, query);
		long days = ChronoUnit.DAYS.between(f.from(), f.to()) + 1;
		return touchpointMetrics.scores(survey, f, f.period(f.from().minusDays(days), f.from().minusDays(1)));
	}

	// --- highlights

	/**
	 * The open surveys the home page shows at most: those with the most answers in the
	 * period.
	 */
	public static final int HIGHLIGHTED_SURVEYS = 5;

	/** The touchpoints the home page lists at most. */
	public static final int HIGHLIGHTED_TOUCHPOINTS = 5;

	/**
	 * What moved in the actor's workspace over the default period (the dashboards'): the
	 * KPI tiles of the open surveys answered most in it, and the touchpoints of their
	 * journeys that moved most. Only for readers of dashboards.
	 */
	public Highlights highlights(Actor actor) {
		if (!actor.can(Permission.DASHBOARD_VIEW)) {
			throw new AccessDeniedException("figures need DASHBOARD_VIEW");
		}
		Period period = period(new MetricsQuery(null, null, null, null, null, null, null));
		Period before = period.previous();
		List<Highlights.SurveyTiles> shown = new ArrayList<>();
		List<Highlights.Mover> touchpoints = new ArrayList<>();
		List<Survey> open = surveys.list(actor, SurveyStatus.OPEN, null, new PageRequest(0, PageRequest.MAX_SIZE))
			.items();
		Map<Long, Long> answers = rollups.answersPerSurvey(actor.requireWorkspace(),
				open.stream().map(Survey::id).toList(), period.from(), period.to());
		List<Survey> answered = open.stream()
			.filter(s -> answers.containsKey(s.id()))
			.sorted(Comparator.comparing((Survey s) -> answers.get(s.id())).reversed())
			.limit(HIGHLIGHTED_SURVEYS)
			.toList();
		for (Survey survey : answered) {
			RollupFilter f = new RollupFilter(survey.workspaceId(), survey.id(), period.from(), period.to(), null, null,
					null, "", "");
			shown.add(new Highlights.SurveyTiles(survey.id(), Names.of(survey), kpiTiles.of(survey, f)));
			touchpointMetrics.scores(survey, f, f.period(before.from(), before.to()))
				.forEach(s -> touchpoints.add(new Highlights.Mover(survey.id(), Names.of(survey), s)));
		}
		return new Highlights(period, before, shown, Highlights.mostMoved(touchpoints, HIGHLIGHTED_TOUCHPOINTS));
	}

	// --- distribution and breakdown

	/**
	 * A question's distribution in a survey the caller has read already ({@link #survey})
	 * for the same query.
	 */
	public Distribution distribution(Actor actor, Survey survey, MetricsQuery query, String questionKey) {
		return distributions.of(filter(actor, survey, query), question(survey, questionKey));
	}

	/**
	 * A question's main figure split by {@code by}: channel, language, touchpoint or
	 * dimension:&lt;field&gt;, in a survey the caller has read ({@link #survey}).
	 */
	public Breakdown breakdown(Actor actor, Survey survey, MetricsQuery query, String questionKey, String rowKey,
			String by) {
		RollupFilter f = filter(actor, survey, query);
		Question q = question(survey, questionKey);
		return breakdowns.of(actor, survey, f, q, rowKey == null ? "" : rowKey, by);
	}

	/**
	 * A survey handed in by a caller must be one of the actor's workspace, as
	 * {@link #survey} reads them.
	 */
	private static void requireOwn(Actor actor, Survey survey) {
		if (survey.workspaceId() != actor.requireWorkspace()) {
			throw new NotFoundException("survey.notFound");
		}
	}

	// --- figures

	private static Question question(Survey survey, String key) {
		return survey.definition()
			.questions()
			.stream()
			.filter(q -> q.key().equals(key))
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("question", "metrics.questionUnknown", String.valueOf(key)));
	}

}
