package io.peakxm.metrics.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.peakxm.metrics.Aggregate;
import io.peakxm.response.ResponseBatchSubmitted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What responses add to the rollups, summed per rollup row. The responses' own rows are always read (a response
 * deleted meanwhile adds nothing); their answers and hidden fields come from the submission event when it carries
 * them, else they are read back too.
 */
@Component
class RollupContributions {

	private static final Set<String> NUMERIC = Set.of("NPS", "CSAT", "CES", "RATING", "MATRIX", "NUMBER");

	private static final Set<String> CHOICE = Set.of("SINGLE_CHOICE", "MULTIPLE_CHOICE");

	/** Responses read per query (bounds the IN lists). */
	private static final int CHUNK = 500;

	private final RollupStore store;

	private final JdbcClient jdbc;

	RollupContributions(RollupStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	private record Row(long workspaceId, long surveyId, LocalDate day, String channel, String language,
			long touchpoint) {
	}

	/** The responses' answers per question key ("question\0row" or "question\0opt:option"), being summed. */
	private record Answers(int sign, Map<Long, Map<String, Aggregate>> perQuestion,
			Map<Long, Set<String>> choiceQuestions) {

		Answers(int sign) {
			this(sign, new HashMap<>(), new HashMap<>());
		}

		void add(long id, String question, String type, String row, String option, Double number) {
			Map<String, Aggregate> questions = perQuestion.computeIfAbsent(id, k -> new LinkedHashMap<>());
			if (NUMERIC.contains(type) && number != null) {
				questions.merge(question + "\u0000" + (row == null ? "" : row), single(number, sign), Aggregate::plus);
			}
			else if (CHOICE.contains(type) && option != null) {
				questions.merge(question + "\u0000opt:" + option, new Aggregate(sign, 0, 0, null), Aggregate::plus);
				choiceQuestions.computeIfAbsent(id, k -> new HashSet<>()).add(question);
			}
		}

		/** A choice question counts each response once (its respondents), besides each option chosen. */
		Map<Long, Map<String, Aggregate>> withRespondents() {
			choiceQuestions.forEach((id, questions) -> questions
				.forEach(question -> perQuestion.get(id).put(question + "\u0000", new Aggregate(sign, 0, 0, null))));
			return perQuestion;
		}
	}

	/** The responses read from the database ({@code sign} −1 to take them out). */
	Map<RollupStore.Key, Aggregate> of(List<Long> responseIds, int sign) {
		return of(responseIds, sign, Map.of());
	}

	/** The responses, with the contents an event carried for some of them. */
	Map<RollupStore.Key, Aggregate> of(List<Long> responseIds, int sign,
			Map<Long, ResponseBatchSubmitted.Contents> known) {
		Map<RollupStore.Key, Aggregate> result = new HashMap<>();
		for (int from = 0; from < responseIds.size(); from += CHUNK) {
			add(responseIds.subList(from, Math.min(responseIds.size(), from + CHUNK)), sign, known, result);
		}
		return result;
	}

	private void add(List<Long> responseIds, int sign, Map<Long, ResponseBatchSubmitted.Contents> known,
			Map<RollupStore.Key, Aggregate> result) {
		Map<Long, Row> responses = responses(responseIds);
		if (responses.isEmpty()) {
			return;
		}
		List<Long> unknown = new ArrayList<>();
		responses.keySet().forEach(id -> {
			if (!known.containsKey(id)) {
				unknown.add(id);
			}
		});
		Map<Long, List<String>> dimsBySurvey = new HashMap<>();
		responses.values().forEach(r -> dimsBySurvey.computeIfAbsent(r.surveyId(), store::dimensions));
		Map<Long, Map<String, String>> dimValues = new HashMap<>();
		responses.keySet().forEach(id -> dimValues.put(id, new LinkedHashMap<>(Map.of("", ""))));
		Answers answers = new Answers(sign);
		responses.forEach((id, r) -> {
			ResponseBatchSubmitted.Contents contents = known.get(id);
			if (contents != null) {
				List<String> dims = dimsBySurvey.get(r.surveyId());
				contents.fields().forEach((name, value) -> {
					if (dims.contains(name)) {
						dimValues.get(id).put(name, value);
					}
				});
				contents.answers()
					.forEach(a -> answers.add(id, a.questionKey(), a.type(), a.rowKey(), a.optionKey(), a.number()));
			}
		});
		if (!unknown.isEmpty()) {
			readBack(unknown, responses, dimsBySurvey, dimValues, answers);
		}
		answers.withRespondents().forEach((id, questions) -> {
			Row r = responses.get(id);
			dimValues.get(id).forEach((dimName, dimValue) -> questions.forEach((key, aggregate) -> {
				int split = key.indexOf('\u0000');
				result.merge(new RollupStore.Key(r.workspaceId(), r.surveyId(), dimName, dimValue, key.substring(0, split),
						key.substring(split + 1), r.day(), r.channel(), r.language(), r.touchpoint()), aggregate,
						Aggregate::plus);
			}));
		});
	}

	private Map<Long, Row> responses(List<Long> responseIds) {
		Map<Long, Row> responses = new HashMap<>();
		jdbc.sql("""
				select id, workspace_id, survey_id, submitted_at, channel, language, touchpoint_id from response
				where id in (:ids)""")
			.param("ids", responseIds)
			.query(rs -> {
				responses.put(rs.getLong(1), new Row(rs.getLong(2), rs.getLong(3),
						LocalDate.ofInstant(rs.getTimestamp(4).toInstant(), ZoneOffset.UTC), rs.getString(5),
						rs.getString(6), rs.getLong(7)));
			});
		return responses;
	}

	/** Reads the hidden fields (when the survey has segments) and answers of responses the event did not carry. */
	private void readBack(List<Long> ids, Map<Long, Row> responses, Map<Long, List<String>> dimsBySurvey,
			Map<Long, Map<String, String>> dimValues, Answers answers) {
		if (ids.stream().anyMatch(id -> !dimsBySurvey.get(responses.get(id).surveyId()).isEmpty())) {
			jdbc.sql("select response_id, name, field_value from response_field where response_id in (:ids)")
				.param("ids", ids)
				.query(rs -> {
					long id = rs.getLong(1);
					if (dimsBySurvey.get(responses.get(id).surveyId()).contains(rs.getString(2))) {
						dimValues.get(id).put(rs.getString(2), rs.getString(3));
					}
				});
		}
		jdbc.sql("""
				select response_id, question_key, question_type, row_key, option_key, number_value from response_answer
				where response_id in (:ids)""")
			.param("ids", ids)
			.query(rs -> {
				double value = rs.getDouble(6);
				Double number = rs.wasNull() ? null : value;
				answers.add(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), number);
			});
	}

	private static Aggregate single(double value, int sign) {
		long[] histogram = new long[11];
		if (value >= 0 && value <= 10 && value == Math.rint(value)) {
			histogram[(int) value] = sign;
		}
		return new Aggregate(sign, sign * value, sign * value * value, histogram);
	}
}
