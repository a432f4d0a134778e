package io.peakxm.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjDoubleConsumer;

import io.peakxm.journey.Journey;
import io.peakxm.journey.Journeys;
import io.peakxm.journey.Touchpoint;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.survey.ChoiceOption;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.Survey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Streams a survey's responses as touchpoint ratings in journey order (one {@code double[]} per response, NaN where
 * a touchpoint was not rated: skipped or "not applicable") with the response's NPS answer as overall outcome. Rows
 * are read with a fetch size and handed on one response at a time, never held as a list. Reads the response
 * module's tables (they are its to write).
 */
@Component
class JourneyRatings {

	/** The touchpoints a survey rates, in journey order, and where each one's rating comes from. */
	record Layout(Journey journey, List<Touchpoint> touchpoints, String matrixKey, Map<String, Integer> rowIndex,
			String outcomeKey, int endIndex) {
	}

	private final JdbcClient jdbc;

	private final Journeys journeys;

	JourneyRatings(JdbcClient jdbc, Journeys journeys) {
		this.jdbc = jdbc;
		this.journeys = journeys;
	}

	Layout layout(Survey survey) {
		Long journeyId = survey.definition().journeyId();
		Journey journey = journeyId == null ? null : journeys.find(survey.workspaceId(), journeyId).orElse(null);
		Question matrix = survey.definition().questions().stream().filter(q -> q.type() == QuestionType.MATRIX)
			.findFirst().orElse(null);
		Question outcome = survey.definition().questions().stream().filter(q -> q.type() == QuestionType.NPS)
			.findFirst().orElse(null);
		if (journey == null || matrix == null || outcome == null) {
			throw InvalidInputException.of("survey", "insight.surveyUnsuitable");
		}
		List<Touchpoint> ordered = new ArrayList<>();
		Map<String, Integer> rowIndex = new HashMap<>();
		int end = -1;
		for (Touchpoint t : journey.design().touchpointsInOrder()) {
			for (ChoiceOption row : matrix.rows()) {
				if (t.id() != null && t.id().equals(row.touchpointId())) {
					rowIndex.put(row.key(), ordered.size());
					if (t.endMoment()) {
						end = ordered.size();
					}
					ordered.add(t);
				}
			}
		}
		if (ordered.size() < 2) {
			throw InvalidInputException.of("survey", "insight.surveyUnsuitable");
		}
		return new Layout(journey, ordered, matrix.key(), rowIndex, outcome.key(), end);
	}

	/** Calls {@code each} with the ratings in journey order and the NPS answer (NaN if none) of every response. */
	void stream(Survey survey, Layout layout, LocalDate from, LocalDate to, ObjDoubleConsumer<double[]> each) {
		double[] ratings = new double[layout.touchpoints().size()];
		Arrays.fill(ratings, Double.NaN);
		long[] current = { -1 };
		double[] outcome = { Double.NaN };
		Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		jdbc.sql("""
				select a.response_id, a.question_key, a.row_key, a.number_value
				from response r join response_answer a on a.response_id = r.id
				where r.workspace_id = :ws and r.survey_id = :s and r.submitted_at >= :from and r.submitted_at < :to
				  and a.question_key in (:keys) and a.number_value is not null
				order by a.response_id""")
			.param("ws", survey.workspaceId())
			.param("s", survey.id())
			.param("from", java.sql.Timestamp.from(start))
			.param("to", java.sql.Timestamp.from(end))
			.param("keys", List.of(layout.matrixKey(), layout.outcomeKey()))
			.withFetchSize(5_000)
			.query(rs -> {
				long id = rs.getLong(1);
				if (id != current[0]) {
					if (current[0] >= 0) {
						each.accept(ratings.clone(), outcome[0]);
					}
					current[0] = id;
					Arrays.fill(ratings, Double.NaN);
					outcome[0] = Double.NaN;
				}
				if (layout.outcomeKey().equals(rs.getString(2))) {
					outcome[0] = rs.getDouble(4);
				}
				else {
					Integer index = layout.rowIndex().get(rs.getString(3));
					if (index != null) {
						ratings[index] = rs.getDouble(4);
					}
				}
			});
		if (current[0] >= 0) {
			each.accept(ratings.clone(), outcome[0]);
		}
	}
}
