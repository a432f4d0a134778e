package io.peakxm.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.peakxm.journey.Journey;
import io.peakxm.journey.Journeys;
import io.peakxm.response.ResponseReads;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.LocalizedText;
import io.peakxm.survey.Question;
import io.peakxm.survey.ScoreVector;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyVersion;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peak Experience Management for a survey that rates the touchpoints of a journey: the
 * emotional curve, the peak-end analysis, the key drivers with the importance–performance
 * matrix and the recommendations, all from one streamed pass over the responses
 * (docs/design.md §4–5).
 */
@Service
public class Insights {

	/**
	 * How many of the newest responses are looked at to offer segment values and yes/no
	 * outcomes.
	 */
	static final int OPTION_SAMPLE = 5_000;

	/**
	 * Touchpoints rated by fewer than this share of the responses read are left out of
	 * the analyses.
	 */
	static final double MINIMUM_COVERAGE = 0.05;

	/**
	 * Hidden fields with more values than this are not offered as segments (nor used as
	 * categories).
	 */
	static final int MAX_SEGMENT_VALUES = 20;

	private final Surveys surveys;

	private final Journeys journeys;

	private final ScoreReader reader;

	private final ResponseReads responses;

	private final Clock clock;

	Insights(Surveys surveys, Journeys journeys, ScoreReader reader, ResponseReads responses, Clock clock) {
		this.surveys = surveys;
		this.journeys = journeys;
		this.reader = reader;
		this.responses = responses;
		this.clock = clock;
	}

	/** Every journey analysis of a query, from one pass over its responses. */
	@Transactional(readOnly = true)
	public Analysis analyse(Actor actor, InsightQuery query) {
		query.check();
		Survey survey = surveys.get(actor, query.survey());
		JourneyLayout layout = layout(survey, query);
		LocalDate[] range = range(query);
		JourneyAnalysis analysis = pass(survey, layout, query, range);
		List<Analysis.Excluded> sparse = analysis.sparse(MINIMUM_COVERAGE);
		if (!sparse.isEmpty() && layout.touchpoints().size() - sparse.size() >= 2) {
			// A second pass without them: rare here (an import without some touchpoints),
			// and it keeps the curve, the
			// models and the recommendations on the same responses.
			analysis = pass(survey, layout.without(sparse.stream().map(Analysis.Excluded::touchpointId).toList()),
					query, range);
		}
		else {
			sparse = List.of();
		}
		return analysis.result(survey.id(), title(survey), range[0], range[1], sparse);
	}

	private JourneyAnalysis pass(Survey survey, JourneyLayout layout, InsightQuery query, LocalDate[] range) {
		JourneyAnalysis analysis = new JourneyAnalysis(layout);
		reader.stream(survey, layout, query, range[0], range[1], analysis::add);
		return analysis;
	}

	/** The filters a survey offers: versions, outcomes and segments. */
	@Transactional(readOnly = true)
	public InsightOptions options(Actor actor, long surveyId) {
		Survey survey = surveys.get(actor, surveyId);
		List<Integer> versions = surveys.versions(actor, surveyId).stream().map(SurveyVersion::number).toList();
		List<InsightOptions.Choice> outcomes = new ArrayList<>();
		ScoreVector.slots(survey.definition())
			.stream()
			.filter(s -> s.rowKey() == null && s.touchpointId() == null)
			.forEach(s -> outcomes
				.add(new InsightOptions.Choice(s.questionKey(), new LocalizedText(s.labelEn(), s.labelZh()))));
		List<InsightOptions.Segment> segments = new ArrayList<>();
		for (Question field : survey.definition().hiddenFields()) {
			FieldValues values = fieldValues(survey, field.key());
			String good = values.counts().size() == 2
					? Outcome.goodValue(values.values().get(0), values.values().get(1)) : null;
			if (good != null) {
				outcomes.add(new InsightOptions.Choice(field.key() + "=" + good,
						LocalizedText.untranslated(field.key() + " = " + good)));
			}
			if (values.segments()) {
				segments.add(new InsightOptions.Segment(field.key(), values.values()));
			}
		}
		return new InsightOptions(versions, outcomes, segments);
	}

	/**
	 * The surveys of the actor's workspace that rate at least two touchpoints of a
	 * journey, newest first.
	 */
	@Transactional(readOnly = true)
	public List<Survey> analysableSurveys(Actor actor) {
		return surveys
			.list(actor, null, null, new io.peakxm.shared.PageRequest(0, io.peakxm.shared.PageRequest.MAX_SIZE))
			.items()
			.stream()
			.filter(s -> s.currentVersion() != null && s.definition().journeyId() != null)
			.filter(s -> ScoreVector.slots(s.definition())
				.stream()
				.filter(slot -> slot.touchpointId() != null)
				.count() >= 2)
			.toList();
	}

	/** A survey's title in both languages. */
	static LocalizedText title(Survey survey) {
		return new LocalizedText(survey.definition().titleEn(), survey.definition().titleZh());
	}

	/**
	 * The most frequent values of a hidden field among the newest {@link #OPTION_SAMPLE}
	 * responses, at most {@link #MAX_SEGMENT_VALUES} + 1 of them (so that callers can
	 * tell "more than that").
	 */
	FieldValues fieldValues(Survey survey, String field) {
		return new FieldValues(responses
			.frequentValues(survey.workspaceId(), survey.id(), field, OPTION_SAMPLE, MAX_SEGMENT_VALUES + 1)
			.stream()
			.map(v -> new FieldValues.ValueCount(v.value(), v.count()))
			.toList());
	}

	JourneyLayout layout(Survey survey, InsightQuery query) {
		Long journeyId = survey.definition().journeyId();
		Journey journey = journeyId == null ? null : journeys.find(survey.workspaceId(), journeyId).orElse(null);
		if (journey == null) {
			throw InvalidInputException.of("survey", "insight.surveyUnsuitable");
		}
		return new JourneyLayout(journey, survey.definition(), Outcome.of(query.outcome(), survey.definition()));
	}

	LocalDate[] range(InsightQuery query) {
		LocalDate to = query.to() != null ? query.to() : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		LocalDate from = query.from() != null ? query.from() : to.minusDays(364);
		if (from.isAfter(to)) {
			throw InvalidInputException.of("from", "insight.fromAfterTo");
		}
		return new LocalDate[] { from, to };
	}

}
