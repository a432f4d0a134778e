package io.peakxm.feedback.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.peakxm.feedback.FeedbackSource;
import io.peakxm.feedback.TextAnalysis.TextResult;
import io.peakxm.journey.Journeys;
import io.peakxm.shared.Violations;
import io.peakxm.shared.WellFormedText;
import io.peakxm.text.TopicRules;
import org.springframework.stereotype.Service;

/** Runs the analysis of stored feedback over texts that are not stored. */
@Service
public class TextAnalysisService {

	private final Understanding understanding;

	private final TopicStore topics;

	private final Journeys journeys;

	TextAnalysisService(Understanding understanding, TopicStore topics, Journeys journeys) {
		this.understanding = understanding;
		this.topics = topics;
		this.journeys = journeys;
	}

	public List<TextResult> analyse(long workspaceId, List<String> texts, Long journeyId) {
		Violations v = new Violations();
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			String field = "texts[" + i + "]";
			if (text == null || text.isBlank()) {
				v.add(field, "validation.required");
			}
			else if (text.length() > Intake.MAX_TEXT) {
				v.add(field, "validation.tooLong", Intake.MAX_TEXT);
			}
			else {
				WellFormedText.problem(field, text).ifPresent(p -> v.add(p.field(), p.code(), p.args().toArray()));
			}
		}
		Touchpoints touchpoints = Touchpoints.of(journeys, workspaceId);
		if (journeyId != null && !touchpoints.hasJourney(journeyId)) {
			v.add("journeyId", "feedback.journeyUnknown", journeyId);
		}
		v.throwIfAny();
		TopicRules rules = topics.rules(workspaceId);
		List<TextResult> results = new ArrayList<>(texts.size());
		for (String text : texts) {
			Prepared p = new Prepared(FeedbackSource.OTHER, "", null, null, null, null, text, null, null, null, null,
					journeyId, null, Map.of(), null, null, null);
			Analysed a = understanding.analyse(p, touchpoints, rules);
			results.add(new TextResult(a.language(), a.sentimentScore(), a.sentimentLabel(), a.sentences(), a.aspects(),
					a.emotions(), a.keyPhrases(), a.staff(), a.topicIds(), a.personalData()));
		}
		return results;
	}

}
