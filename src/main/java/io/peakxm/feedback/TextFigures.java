package io.peakxm.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.peakxm.feedback.TextDashboard.TopicFigure;
import io.peakxm.feedback.TextDashboard.TouchpointSentiment;
import io.peakxm.feedback.TextDashboard.TrendPoint;
import io.peakxm.feedback.internal.FeedbackReader;
import io.peakxm.feedback.internal.TextFigureStore;
import io.peakxm.feedback.internal.TextFigureStore.Scope;
import io.peakxm.feedback.internal.TextFigureStore.Split;
import io.peakxm.feedback.internal.TextFigureStore.Sums;
import io.peakxm.feedback.internal.TopicStore;
import io.peakxm.journey.Journey;
import io.peakxm.journey.Journeys;
import io.peakxm.journey.Touchpoint;
import io.peakxm.metrics.statistics.Estimates;
import io.peakxm.metrics.statistics.Estimates.Estimate;
import io.peakxm.metrics.statistics.SignificanceTests;
import io.peakxm.metrics.statistics.SignificanceTests.Change;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.LocalizedText;
import io.peakxm.shared.NotFoundException;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Permission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The text dashboards: what customers wrote in a period against the period before, as
 * figures with n and 95 % intervals (means by Student's t, shares by Wilson), changes
 * tested (two-proportion z-test), and topics marked as rising only when the rise stays
 * significant after Holm's correction for testing every topic at once. Needs
 * {@code DASHBOARD_VIEW}; no text is shown.
 */
@Service
public class TextFigures {

	/**
	 * The days a text dashboard shows unless asked otherwise (as the rating dashboards).
	 */
	public static final int DEFAULT_DAYS = 30;

	/** The longest period. */
	public static final int MAX_DAYS = 3 * 366;

	/** Below this n a figure is hidden. */
	public static final int MINIMUM_N = 5;

	private final TextFigureStore store;

	private final TopicStore topics;

	private final FeedbackReader reader;

	private final Journeys journeys;

	private final Clock clock;

	TextFigures(TextFigureStore store, TopicStore topics, FeedbackReader reader, Journeys journeys, Clock clock) {
		this.store = store;
		this.topics = topics;
		this.reader = reader;
		this.journeys = journeys;
		this.clock = clock;
	}

	public TextDashboard dashboard(Actor actor, TextQuery query) {
		if (!actor.can(Permission.DASHBOARD_VIEW)) {
			throw new AccessDeniedException("text dashboards need DASHBOARD_VIEW");
		}
		LocalDate to = query.to() != null ? query.to() : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		LocalDate from = query.from() != null ? query.from() : to.minusDays(DEFAULT_DAYS - 1);
		if (from.isAfter(to)) {
			throw InvalidInputException.of("from", "metrics.fromAfterTo");
		}
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		if (days > MAX_DAYS) {
			throw InvalidInputException.of("from", "metrics.rangeTooLong", MAX_DAYS);
		}
		LocalDate previousFrom = from.minusDays(days);
		Scope scope = new Scope(actor.requireWorkspace(), previousFrom, from, to, query.source(), query.language());
		Map<Long, LocalizedText> names = reader.touchpointNames(actor);
		Split items = store.items(scope);
		return new TextDashboard(from, to, previousFrom, from.minusDays(1), items.current().n(), items.previous().n(),
				MINIMUM_N, touchpoints(scope, names), query.touchpointId(), trend(scope, query.touchpointId(), days),
				topics(scope, items));
	}

	/**
	 * A journey's curve from text over a period (null: the last {@value #DEFAULT_DAYS}
	 * days), from every source or one.
	 */
	public TextCurve journeyCurve(Actor actor, long journeyId, LocalDate from, LocalDate to, FeedbackSource source) {
		if (!actor.can(Permission.DASHBOARD_VIEW)) {
			throw new AccessDeniedException("text figures need DASHBOARD_VIEW");
		}
		Journey journey = journeys.find(actor.requireWorkspace(), journeyId)
			.orElseThrow(() -> new NotFoundException("journey.notFound"));
		LocalDate end = to != null ? to : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
		if (start.isAfter(end)) {
			throw InvalidInputException.of("from", "metrics.fromAfterTo");
		}
		Scope scope = new Scope(actor.requireWorkspace(), start, start, end, source, null);
		Map<Long, Split> sums = store.touchpoints(scope);
		List<TextCurve.Point> points = new ArrayList<>();
		Sums all = Sums.EMPTY;
		for (Touchpoint t : journey.design().touchpointsInOrder()) {
			Sums c = t.id() == null ? Sums.EMPTY
					: sums.getOrDefault(t.id(), new Split(Sums.EMPTY, Sums.EMPTY)).current();
			all = all.plus(c);
			points.add(new TextCurve.Point(t.id() == null ? 0 : t.id(), t.name(), t.designedEmotion(), t.designedPeak(),
					t.endMoment(), mean(c), share(c.negatives(), c.n()), c.n() < MINIMUM_N));
		}
		List<TextCurve.Point> shown = points.stream().filter(p -> !p.hidden()).toList();
		// Ranked by the interval's near end, not the mean: a touchpoint named twice with
		// one
		// harsh word must not outrank one that hundreds wrote about.
		TextCurve.Point peak = shown.stream()
			.filter(p -> p.mean().interval().isDefined())
			.max(Comparator.comparingDouble(p -> p.mean().interval().low()))
			.orElse(null);
		TextCurve.Point valley = shown.stream()
			.filter(p -> p.mean().interval().isDefined())
			.min(Comparator.comparingDouble(p -> p.mean().interval().high()))
			.orElse(null);
		return new TextCurve(journeyId, journey.design().displayName(), start, end, MINIMUM_N, all.n(), points, peak,
				versusRest(peak, sums, all), valley, versusRest(valley, sums, all));
	}

	/** A touchpoint's clauses against all the journey's other clauses (Welch's t). */
	private static Change versusRest(TextCurve.Point point, Map<Long, Split> sums, Sums all) {
		if (point == null) {
			return SignificanceTests.means(0, 0, 0, 0, 0, 0);
		}
		Sums own = sums.get(point.touchpointId()).current();
		return SignificanceTests.means(all.n() - own.n(), all.sum() - own.sum(),
				all.sumOfSquares() - own.sumOfSquares(), own.n(), own.sum(), own.sumOfSquares());
	}

	private List<TouchpointSentiment> touchpoints(Scope scope, Map<Long, LocalizedText> names) {
		Map<Long, Split> sums = store.touchpoints(scope);
		List<TouchpointSentiment> rows = new ArrayList<>();
		names.forEach((id, name) -> {
			Split s = sums.getOrDefault(id, new Split(Sums.EMPTY, Sums.EMPTY));
			Sums c = s.current();
			Sums p = s.previous();
			rows.add(
					new TouchpointSentiment(id, name, mean(c), share(c.negatives(), c.n()), share(p.negatives(), p.n()),
							SignificanceTests.shares(p.negatives(), p.n(), c.negatives(), c.n()), c.n() < MINIMUM_N));
		});
		return rows;
	}

	private List<TrendPoint> trend(Scope scope, Long touchpointId, long days) {
		Map<LocalDate, Sums> byDay = store.days(scope, touchpointId);
		int bucket = days <= 14 ? 1 : days <= 120 ? 7 : 30;
		List<TrendPoint> points = new ArrayList<>();
		for (LocalDate start = scope.from(); !start.isAfter(scope.to()); start = start.plusDays(bucket)) {
			LocalDate end = start.plusDays(bucket - 1).isAfter(scope.to()) ? scope.to() : start.plusDays(bucket - 1);
			Sums sums = Sums.EMPTY;
			for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
				Sums day = byDay.get(d);
				if (day != null) {
					sums = new Sums(sums.n() + day.n(), sums.sum() + day.sum(),
							sums.sumOfSquares() + day.sumOfSquares(), sums.negatives() + day.negatives());
				}
			}
			points.add(new TrendPoint(start, end, mean(sums), share(sums.negatives(), sums.n()), sums.n() < MINIMUM_N));
		}
		return points;
	}

	private List<TopicFigure> topics(Scope scope, Split items) {
		Map<Long, Split> sums = store.topics(scope);
		long n = items.current().n();
		long previousN = items.previous().n();
		List<TopicFigure> figures = new ArrayList<>();
		for (Topic topic : topics.list(scope.workspaceId())) {
			Split s = sums.getOrDefault(topic.id(), new Split(Sums.EMPTY, Sums.EMPTY));
			Sums c = s.current();
			Change change = SignificanceTests.shares(s.previous().n(), previousN, c.n(), n);
			figures.add(new TopicFigure(topic.id(), topic.name(), c.n(), s.previous().n(), share(c.n(), n),
					share(s.previous().n(), previousN), change, false, share(c.negatives(), c.n()), mean(c),
					c.n() < MINIMUM_N));
		}
		return Holm.markRising(figures);
	}

	private static Estimate mean(Sums s) {
		return Estimates.mean(s.n(), s.sum(), s.sumOfSquares());
	}

	private static Estimate share(long hits, long n) {
		return Estimates.share(hits, n);
	}

	/**
	 * Holm's step-down correction: the topics whose share rose, tested together, are
	 * "rising" while their p-values stay below 0.05 / (m − rank).
	 */
	static final class Holm {

		private Holm() {
		}

		static List<TopicFigure> markRising(List<TopicFigure> figures) {
			List<TopicFigure> testable = figures.stream()
				.filter(f -> f.shareChange().testable())
				.sorted(Comparator.comparingDouble(f -> f.shareChange().pValue()))
				.toList();
			int m = testable.size();
			java.util.Set<Long> rising = new java.util.HashSet<>();
			for (int rank = 0; rank < m; rank++) {
				TopicFigure f = testable.get(rank);
				if (f.shareChange().pValue() >= SignificanceTests.ALPHA / (m - rank)) {
					break;
				}
				if (f.shareChange().difference() > 0) {
					rising.add(f.topicId());
				}
			}
			return figures.stream()
				.map(f -> new TopicFigure(f.topicId(), f.name(), f.count(), f.previousCount(), f.share(),
						f.previousShare(), f.shareChange(), rising.contains(f.topicId()), f.negativeShare(), f.mean(),
						f.hidden()))
				.sorted(Comparator.comparing(TopicFigure::rising)
					.reversed()
					.thenComparing(TopicFigure::count, Comparator.reverseOrder()))
				.toList();
		}

	}

	/**
	 * A text dashboard's period (null: the last {@value #DEFAULT_DAYS} days), filters,
	 * and the touchpoint whose trend to draw (null: all feedback).
	 */
	public record TextQuery(LocalDate from, LocalDate to, FeedbackSource source, String language, Long touchpointId) {
	}

}
