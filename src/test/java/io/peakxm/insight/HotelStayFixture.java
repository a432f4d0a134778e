package io.peakxm.insight;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.peakxm.journey.JourneyDesigner;
import io.peakxm.journey.Journeys;
import io.peakxm.journey.Touchpoint;
import io.peakxm.response.CollectionChannel;
import io.peakxm.response.ResponseRecorder;
import io.peakxm.response.Submission;
import io.peakxm.survey.ChoiceOption;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDefinition;
import io.peakxm.survey.SurveyDesigner;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;

/**
 * What a new user does in the demo workspace: a journey from the hotel template, a survey
 * from the hotel template on it, answered on a phone. The survey's rating rows are linked
 * to the journey's touchpoints by name (Room → "Room first impression", …), in the first
 * version or only from a later one.
 */
record HotelStayFixture(Actor designer, JourneyDesigner journeyDesigner, Journeys journeys,
		SurveyDesigner surveyDesigner, Surveys surveys, ResponseRecorder recorder) {

	/** The hotel template's rows and the hotel journey's touchpoints that rate them. */
	static final Map<String, String> ROW_TOUCHPOINTS = Map.of("room", "Room first impression", "breakfast", "Breakfast",
			"staff", "Personal welcome", "checkin", "Check-in at front desk", "checkout", "Check-out and farewell");

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	long journey() {
		return journeyDesigner.createFromTemplate(designer, "hotel-stay");
	}

	/**
	 * A hotel stay survey on the journey, opened; its rows rate the touchpoints when
	 * {@code linked}.
	 */
	Survey openSurvey(long journey, boolean linked) {
		long id = surveyDesigner.createFromTemplate(designer, "hotel-stay", journey);
		Survey draft = surveys.get(designer, id);
		Survey saved = surveyDesigner.save(designer, id, draft.revision(),
				definition(draft.definition(), journey, linked));
		return surveyDesigner.open(designer, id, saved.revision());
	}

	/** Links the rows of an open survey to the touchpoints: its next version. */
	Survey linkRows(Survey survey, long journey) {
		Survey current = surveys.get(designer, survey.id());
		return surveyDesigner.save(designer, survey.id(), current.revision(),
				definition(current.definition(), journey, true));
	}

	/**
	 * One guest's answers on a phone: NPS, CSAT, every row rated {@code rating}, the
	 * location and booking.
	 */
	void answer(Survey survey, String key, int nps, int rating, String location, String booking, String comment) {
		Map<String, List<String>> answers = new HashMap<>();
		answers.put("nps", List.of(String.valueOf(nps)));
		answers.put("csat", List.of(String.valueOf(Math.max(1, Math.min(5, rating)))));
		for (String row : ROW_TOUCHPOINTS.keySet()) {
			answers.put("aspects." + row, List.of(String.valueOf(rating)));
		}
		if (comment != null) {
			answers.put("went_wrong", List.of(comment));
		}
		recorder.submit(surveys.get(designer, survey.id()),
				new Submission(CollectionChannel.LINK, "en", null, null, null, "hotel-" + survey.id() + "-" + key, null,
						answers, Map.of("location", location, "booking_ref", booking)));
	}

	long touchpoint(long journey, String name) {
		return journeys.find(designer.requireWorkspace(), journey)
			.orElseThrow()
			.design()
			.touchpointsInOrder()
			.stream()
			.filter(t -> t.nameEn().equals(name))
			.map(Touchpoint::id)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The survey as this fixture answers it, whatever the template holds: NPS, CSAT, a
	 * matrix of the rows, hidden fields.
	 */
	private SurveyDefinition definition(SurveyDefinition template, long journey, boolean linked) {
		List<ChoiceOption> rows = ROW_TOUCHPOINTS.keySet()
			.stream()
			.sorted()
			.map(row -> new ChoiceOption(row, ROW_TOUCHPOINTS.get(row), null,
					linked ? touchpoint(journey, ROW_TOUCHPOINTS.get(row)) : null))
			.toList();
		List<Question> questions = List.of(
				question("nps", QuestionType.NPS, "How likely are you to recommend our hotel?", List.of()),
				question("csat", QuestionType.CSAT, "Overall, how satisfied were you?", List.of()),
				question("aspects", QuestionType.MATRIX, "How would you rate…", rows),
				question("went_wrong", QuestionType.TEXT_LONG, "What went wrong?", List.of()),
				question("location", QuestionType.HIDDEN, null, List.of()),
				question("booking_ref", QuestionType.HIDDEN, null, List.of()));
		return new SurveyDefinition(template.titleEn(), template.titleZh(), null, null, "Thank you!", "谢谢！", journey,
				questions);
	}

	private static Question question(String key, QuestionType type, String text, List<ChoiceOption> rows) {
		return new Question(key, type, text, null, false, 1, null, List.of(), false, rows, null, null, null, null);
	}
}
