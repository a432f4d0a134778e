package io.peakxm.metrics.web;

import java.time.LocalDate;

import io.peakxm.metrics.MetricsQuery;
import io.peakxm.metrics.Period;
import io.peakxm.shared.QueryString;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Permission;

/**
 * Links from a dashboard figure to the responses behind it: the survey's responses page
 * with the dashboard's filter (period, channel, language, segment as hidden field) and
 * what the figure counts (answers to a question or matrix row, a score, an option, a
 * group). Readers who may not see individual responses get no links.
 */
final class ResponseLinks {

	private final long survey;

	private final MetricsQuery query;

	private final Period period;

	private ResponseLinks(long survey, MetricsQuery query, Period period) {
		this.survey = survey;
		this.query = query;
		this.period = period;
	}

	/** The links for a reader, or null when they lack the permission to see responses. */
	static ResponseLinks forReader(Actor actor, long survey, MetricsQuery query, Period period) {
		return actor.can(Permission.ANALYTICS_VIEW) ? new ResponseLinks(survey, query, period) : null;
	}

	/**
	 * The responses that answered a question (a matrix row when {@code row} is not blank)
	 * in the whole period.
	 */
	String answered(String question, String row) {
		return url(filter(period.from(), period.to()).add("question", question).add("row", row));
	}

	/**
	 * The responses that answered a question in the days of a trend bucket that fall in
	 * the period.
	 */
	String answeredBetween(LocalDate from, LocalDate to, String question, String row) {
		LocalDate first = from.isBefore(period.from()) ? period.from() : from;
		LocalDate last = to.isAfter(period.to()) ? period.to() : to;
		return url(filter(first, last).add("question", question).add("row", row));
	}

	/**
	 * The responses that gave a question the score {@code value} (a bar of a scale or
	 * number question).
	 */
	String scored(String question, String value) {
		return url(filter(period.from(), period.to()).add("question", question)
			.add("scoreMin", value)
			.add("scoreMax", value));
	}

	/** The responses that chose an option of a choice question. */
	String chose(String question, String option) {
		return url(filter(period.from(), period.to()).add("question", question).add("option", option));
	}

	/**
	 * The responses of one group of a breakdown that answered the question; null for the
	 * group of responses without a touchpoint, which the responses page cannot select.
	 */
	String group(String by, String key, String question) {
		QueryString filter = switch (by) {
			case "channel" -> new QueryString().add("channel", key);
			case "language" -> new QueryString().add("language", key);
			case "touchpoint" -> "0".equals(key) ? null : new QueryString().add("tp", key);
			default -> new QueryString().add("field", by.substring(by.indexOf(':') + 1) + "=" + key);
		};
		if (filter == null) {
			return null;
		}
		return url(filter(period.from(), period.to()).add("question", question)) + "&" + filter;
	}

	private QueryString filter(LocalDate from, LocalDate to) {
		QueryString q = new QueryString().add("from", from)
			.add("to", to)
			.add("channel", query.channel())
			.add("language", query.language());
		if (query.dimension() != null) {
			q.add("field", query.dimensionName() + "=" + query.dimensionValue());
		}
		return q;
	}

	private String url(QueryString q) {
		return "/surveys/" + survey + "/responses?" + q;
	}

}
