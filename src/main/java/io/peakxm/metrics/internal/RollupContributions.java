package io.peakxm.metrics.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import io.peakxm.metrics.Aggregate;
import io.peakxm.response.ResponseBatchSubmitted;
import io.peakxm.response.ResponseReads;
import io.peakxm.survey.QuestionType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What responses add to the rollups, summed per rollup row: the one aggregation behind
 * both the incremental additions (and removals) and the rebuilds. The responses' own rows
 * are always read through the response module's port (a response deleted meanwhile adds
 * nothing); their answers and hidden fields come from the submission event when it
 * carries them, else they are read back too. Which answers add up, and how, is the survey
 * module's {@link QuestionType#aggregation()}.
 */
@Component
class RollupContributions {

	private final ResponseReads responses;

	private final LongFunction<List<String>> dimensions;

	@Autowired
	RollupContributions(ResponseReads responses, RollupStore store) {
		this(responses, store::dimensions);
	}

	/** With the dimensions of each survey (by survey id) from elsewhere. */
	RollupContributions(ResponseReads responses, LongFunction<List<String>> dimensions) {
		this.responses = responses;
		this.dimensions = dimensions;
	}

	/** The responses read through the port ({@code sign} −1 to take them out). */
	Map<RollupKey, Aggregate> of(Collection<Long> responseIds, int sign) {
		return of(responseIds, sign, Map.of());
	}

	/** The responses, with the contents an event carried for some of them. */
	Map<RollupKey, Aggregate> of(Collection<Long> responseIds, int sign,
			Map<Long, ResponseBatchSubmitted.Contents> known) {
		Map<RollupKey, Aggregate> result = new HashMap<>();
		addTo(result, responseIds, sign, known);
		return result;
	}

	/** Adds what the responses contribute to {@code result}. */
	void addTo(Map<RollupKey, Aggregate> result, Collection<Long> responseIds, int sign,
			Map<Long, ResponseBatchSubmitted.Contents> known) {
		Map<Long, ResponseReads.Header> headers = responses.headers(responseIds);
		if (headers.isEmpty()) {
			return;
		}
		Map<Long, List<String>> dimsBySurvey = new HashMap<>();
		headers.values().forEach(h -> dimsBySurvey.computeIfAbsent(h.surveyId(), dimensions::apply));
		List<Long> unknown = new ArrayList<>();
		boolean fieldsNeeded = false;
		for (ResponseReads.Header h : headers.values()) {
			if (!known.containsKey(h.responseId())) {
				unknown.add(h.responseId());
				fieldsNeeded |= !dimsBySurvey.get(h.surveyId()).isEmpty();
			}
		}
		Map<Long, ResponseBatchSubmitted.Contents> readBack = unknown.isEmpty() ? Map.of()
				: responses.contents(unknown, fieldsNeeded);
		headers.forEach((id, header) -> {
			ResponseBatchSubmitted.Contents contents = known.containsKey(id) ? known.get(id) : readBack.get(id);
			if (contents != null) {
				add(result, header, contents, dimsBySurvey.get(header.surveyId()), sign);
			}
		});
	}

	/** Adds what one response, read whole, contributes to {@code result}. */
	void addTo(Map<RollupKey, Aggregate> result, ResponseReads.Header header, ResponseBatchSubmitted.Contents contents,
			List<String> dims, int sign) {
		add(result, header, contents, dims, sign);
	}

	/** One response's answers, for all responses and for each dimension value it has. */
	private static void add(Map<RollupKey, Aggregate> result, ResponseReads.Header header,
			ResponseBatchSubmitted.Contents contents, List<String> dims, int sign) {
		Map<String, String> dimValues = new LinkedHashMap<>();
		dimValues.put("", "");
		contents.fields().forEach((name, value) -> {
			if (dims.contains(name)) {
				dimValues.put(name, value);
			}
		});
		Map<AnswerKey, Aggregate> answers = answers(contents.answers(), sign);
		LocalDate day = LocalDate.ofInstant(header.submittedAt(), ZoneOffset.UTC);
		long touchpoint = header.touchpointId() == null ? 0 : header.touchpointId();
		dimValues.forEach((dimName,
				dimValue) -> answers.forEach((answer,
						aggregate) -> result.merge(new RollupKey(header.workspaceId(), header.surveyId(), dimName,
								dimValue, answer, day, header.channel(), header.language(), touchpoint), aggregate,
								Aggregate::plus)));
	}

	/**
	 * A response's answers per rollup answer: a number per question (and matrix row); a
	 * choice per option, and once per choice question for its respondents.
	 */
	private static Map<AnswerKey, Aggregate> answers(List<ResponseBatchSubmitted.Scored> scored, int sign) {
		Map<AnswerKey, Aggregate> answers = new LinkedHashMap<>();
		Aggregate once = new Aggregate(sign, 0, 0, null);
		for (ResponseBatchSubmitted.Scored a : scored) {
			QuestionType.Aggregation aggregation = QuestionType.valueOf(a.type()).aggregation();
			if (aggregation == QuestionType.Aggregation.NUMERIC && a.number() != null) {
				answers.merge(AnswerKey.row(a.questionKey(), a.rowKey()), single(a.number(), sign), Aggregate::plus);
			}
			else if (aggregation == QuestionType.Aggregation.CHOICE && a.optionKey() != null) {
				answers.merge(AnswerKey.option(a.questionKey(), a.optionKey()), once, Aggregate::plus);
				answers.put(AnswerKey.of(a.questionKey()), once);
			}
		}
		return answers;
	}

	private static Aggregate single(double value, int sign) {
		long[] histogram = new long[11];
		if (value >= 0 && value <= 10 && value == Math.rint(value)) {
			histogram[(int) value] = sign;
		}
		return new Aggregate(sign, sign * value, sign * value * value, histogram);
	}

}
