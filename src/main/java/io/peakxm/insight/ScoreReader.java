package io.peakxm.insight;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ObjDoubleConsumer;

import io.peakxm.survey.ScoreVector;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDefinition;
import io.peakxm.survey.Surveys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Streams a survey's responses as touchpoint ratings in journey order ({@code NaN} where a touchpoint was not
 * rated: skipped, or "not applicable" in an import) with the overall outcome ({@code NaN} when not given). Reads
 * the packed scores column of {@code response} (one narrow row per response) with a fetch size and hands rows on
 * one at a time, never as a list. Reads the response module's table (it is the response module's to write).
 */
@Component
class ScoreReader {

	/**
	 * One response with its hidden fields and number answers (by question key), for the prediction of dissatisfied
	 * customers.
	 */
	record Instance(long responseId, Instant submittedAt, double[] ratings, double outcome, Map<String, String> fields,
			Map<String, Double> numbers) {
	}

	static final int FETCH_SIZE = 10_000;

	private final JdbcClient jdbc;

	private final Surveys surveys;

	ScoreReader(JdbcClient jdbc, Surveys surveys) {
		this.jdbc = jdbc;
		this.surveys = surveys;
	}

	/** Calls {@code each} with the ratings in journey order and the outcome of every response that matches. */
	void stream(Survey survey, JourneyLayout layout, InsightQuery query, LocalDate from, LocalDate to,
			ObjDoubleConsumer<double[]> each) {
		Decoder decoder = new Decoder(survey, layout);
		String outcomeJoin = layout.outcome().binary()
				? "left join response_field o on o.response_id = r.id and o.name = :outcomeField" : "";
		String outcomeColumn = layout.outcome().binary() ? "o.field_value" : "null";
		select("r.survey_version, r.scores, " + outcomeColumn, outcomeJoin, survey, layout, query, from, to, "")
			.withFetchSize(FETCH_SIZE)
			.query(rs -> {
				int version = rs.getInt(1);
				double[] ratings = decoder.ratings(version, rs.getString(2));
				each.accept(ratings, decoder.outcome(version, rs.getString(2), rs.getString(3)));
			});
	}

	/**
	 * Calls {@code each} with the newest responses first, at most {@code limit}, each with its hidden fields (for
	 * the prediction model, which needs profile fields such as cabin class or delays).
	 */
	void streamWithFields(Survey survey, JourneyLayout layout, InsightQuery query, LocalDate from, LocalDate to,
			int limit, Consumer<Instance> each) {
		Decoder decoder = new Decoder(survey, layout);
		String newest = sql("r.id, r.survey_version, r.submitted_at, r.scores", "", layout, query,
				" order by r.submitted_at desc, r.id desc limit :limit");
		Map<Long, Map<String, Double>> numbers = new HashMap<>();
		jdbc.sql("select a.response_id, a.question_key, a.number_value from response_answer a"
				+ " where a.question_type = 'NUMBER' and a.number_value is not null"
				+ " and a.response_id in (select n.id from (" + newest + ") n)")
			.params(params(survey, layout, query, from, to))
			.param("limit", limit)
			.withFetchSize(FETCH_SIZE)
			.query(rs -> {
				numbers.computeIfAbsent(rs.getLong(1), k -> new HashMap<>(4)).put(rs.getString(2), rs.getDouble(3));
			});
		long[] current = { -1 };
		Object[] row = new Object[3];
		Map<String, String> fields = new LinkedHashMap<>();
		Runnable emit = () -> {
			int version = (Integer) row[0];
			String scores = (String) row[2];
			String outcomeField = layout.outcome().field();
			double outcome = decoder.outcome(version, scores, outcomeField == null ? null : fields.get(outcomeField));
			each.accept(new Instance(current[0], (Instant) row[1], decoder.ratings(version, scores), outcome,
					Map.copyOf(fields), numbers.getOrDefault(current[0], Map.of())));
		};
		jdbc.sql("select n.id, n.survey_version, n.submitted_at, n.scores, f.name, f.field_value from (" + newest
				+ ") n left join response_field f on f.response_id = n.id order by n.submitted_at desc, n.id desc")
			.params(params(survey, layout, query, from, to))
			.param("limit", limit)
			.withFetchSize(FETCH_SIZE)
			.query(rs -> {
				long id = rs.getLong(1);
				if (id != current[0]) {
					if (current[0] >= 0) {
						emit.run();
					}
					current[0] = id;
					row[0] = rs.getInt(2);
					row[1] = rs.getTimestamp(3).toInstant();
					row[2] = rs.getString(4);
					fields.clear();
				}
				if (rs.getString(5) != null) {
					fields.put(rs.getString(5), rs.getString(6));
				}
			});
		if (current[0] >= 0) {
			emit.run();
		}
	}

	private JdbcClient.StatementSpec select(String columns, String join, Survey survey, JourneyLayout layout,
			InsightQuery query, LocalDate from, LocalDate to, String tail) {
		return jdbc.sql(sql(columns, join, layout, query, tail)).params(params(survey, layout, query, from, to));
	}

	private static String sql(String columns, String join, JourneyLayout layout, InsightQuery query, String tail) {
		StringBuilder sql = new StringBuilder("select ").append(columns).append(" from response r ").append(join)
			.append(" where r.workspace_id = :ws and r.survey_id = :s and r.submitted_at >= :from and r.submitted_at < :to");
		if (query.version() != null) {
			sql.append(" and r.survey_version = :version");
		}
		if (query.segmentField() != null) {
			sql.append(" and exists (select 1 from response_field g where g.response_id = r.id and g.name = :segmentField"
					+ " and g.field_value = :segmentValue)");
		}
		return sql.append(tail).toString();
	}

	private static Map<String, Object> params(Survey survey, JourneyLayout layout, InsightQuery query, LocalDate from,
			LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		params.put("ws", survey.workspaceId());
		params.put("s", survey.id());
		params.put("from", Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()));
		params.put("to", Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		if (query.version() != null) {
			params.put("version", query.version());
		}
		if (query.segmentField() != null) {
			params.put("segmentField", query.segmentField());
			params.put("segmentValue", query.segmentValue());
		}
		if (layout.outcome().binary()) {
			params.put("outcomeField", layout.outcome().field());
		}
		return params;
	}

	/** Turns a version's packed scores into ratings in journey order and the outcome. */
	private final class Decoder {

		private final Survey survey;

		private final JourneyLayout layout;

		private final Map<Integer, SurveyDefinition> definitions = new HashMap<>();

		Decoder(Survey survey, JourneyLayout layout) {
			this.survey = survey;
			this.layout = layout;
		}

		SurveyDefinition definition(int version) {
			return definitions.computeIfAbsent(version, v -> surveys.findVersion(survey.workspaceId(), survey.id(), v)
				.map(sv -> sv.definition())
				.orElse(survey.definition()));
		}

		double[] ratings(int version, String scores) {
			int[] slots = layout.touchpointSlots(version, definition(version));
			double[] ratings = new double[slots.length];
			for (int i = 0; i < slots.length; i++) {
				double value = ScoreVector.value(scores, slots[i]);
				ratings[i] = value >= 1 && value <= 5 ? value : Double.NaN;
			}
			return ratings;
		}

		double outcome(int version, String scores, String fieldValue) {
			Outcome outcome = layout.outcome();
			if (outcome.binary()) {
				return fieldValue == null ? Double.NaN : outcome.positiveValue().equals(fieldValue) ? 1 : 0;
			}
			double value = ScoreVector.value(scores, layout.outcomeSlot(version, definition(version)));
			return value >= outcome.scale().min() && value <= outcome.scale().max() ? value : Double.NaN;
		}
	}

}
