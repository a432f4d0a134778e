package io.peakxm.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ObjDoubleConsumer;

import io.peakxm.response.ResponseReads;
import io.peakxm.survey.ScoreVector;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDefinition;
import io.peakxm.survey.Surveys;
import org.springframework.stereotype.Component;

/**
 * Streams a survey's responses as touchpoint ratings in journey order ({@code NaN} where
 * a touchpoint was not rated: skipped, or "not applicable" in an import) with the overall
 * outcome ({@code NaN} when not given). Reads the packed scores of the responses through
 * the response module's port ({@link ResponseReads}), one narrow row per response
 * streamed with a fetch size and handed on one at a time, never as a list.
 */
@Component
class ScoreReader {

	/**
	 * One response with its hidden fields and number answers (by question key), for the
	 * prediction of dissatisfied customers.
	 */
	record Instance(long responseId, Instant submittedAt, double[] ratings, double outcome, Map<String, String> fields,
			Map<String, Double> numbers) {
	}

	private final ResponseReads responses;

	private final Surveys surveys;

	ScoreReader(ResponseReads responses, Surveys surveys) {
		this.responses = responses;
		this.surveys = surveys;
	}

	/**
	 * Calls {@code each} with the ratings in journey order and the outcome of every
	 * response that matches.
	 */
	void stream(Survey survey, JourneyLayout layout, InsightQuery query, LocalDate from, LocalDate to,
			ObjDoubleConsumer<double[]> each) {
		Decoder decoder = new Decoder(survey, layout);
		String outcomeField = layout.outcome().binary() ? layout.outcome().field() : null;
		responses.streamScores(selection(survey, query, from, to),
				outcomeField == null ? List.of() : List.of(outcomeField), row -> {
					double[] ratings = decoder.ratings(row.version(), row.scores());
					each.accept(ratings, decoder.outcome(row.version(), row.scores(),
							outcomeField == null ? null : row.fields().get(outcomeField)));
				});
	}

	/**
	 * Calls {@code each} with the newest responses first, at most {@code limit}, each
	 * with its hidden fields (for the prediction model, which needs profile fields such
	 * as cabin class or delays).
	 */
	void streamWithFields(Survey survey, JourneyLayout layout, InsightQuery query, LocalDate from, LocalDate to,
			int limit, Consumer<Instance> each) {
		Decoder decoder = new Decoder(survey, layout);
		String outcomeField = layout.outcome().field();
		responses.streamNewest(selection(survey, query, from, to), limit, profile -> {
			int version = profile.version();
			double outcome = decoder.outcome(version, profile.scores(),
					outcomeField == null ? null : profile.fields().get(outcomeField));
			each.accept(new Instance(profile.responseId(), profile.submittedAt(),
					decoder.ratings(version, profile.scores()), outcome, profile.fields(), profile.numbers()));
		});
	}

	/**
	 * The responses of a query: submitted from the start of {@code from} to the end of
	 * {@code to} (UTC).
	 */
	private static ResponseReads.Selection selection(Survey survey, InsightQuery query, LocalDate from, LocalDate to) {
		return new ResponseReads.Selection(survey.workspaceId(), survey.id(),
				from.atStartOfDay(ZoneOffset.UTC).toInstant(), to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
				query.version(), query.segmentField(), query.segmentValue());
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
			return definitions.computeIfAbsent(version,
					v -> surveys.findVersion(survey.workspaceId(), survey.id(), v)
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
