package io.peakxm.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestEvents;
import io.peakxm.TestUsers;
import io.peakxm.journey.JourneyDesigner;
import io.peakxm.journey.Journeys;
import io.peakxm.metrics.Metrics;
import io.peakxm.metrics.MetricsQuery;
import io.peakxm.metrics.TouchpointScore;
import io.peakxm.response.ResponseRecorder;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDesigner;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The story of issue 20 as a new user lives it: a journey and a survey from the hotel
 * templates, a few answers from a phone, the survey changed in between, and the answers
 * looked for in the insights.
 */
@PeakXmIntegrationTest
class NewUserStoryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JourneyDesigner journeyDesigner;

	@Autowired
	Journeys journeys;

	@Autowired
	SurveyDesigner surveyDesigner;

	@Autowired
	Surveys surveys;

	@Autowired
	ResponseRecorder recorder;

	@Autowired
	Insights insights;

	@Autowired
	Metrics metrics;

	HotelStayFixture hotel;

	Actor analyst;

	@BeforeEach
	void newUser() {
		hotel = new HotelStayFixture(TestUsers.demoActor(jdbc, Role.DESIGNER), journeyDesigner, journeys,
				surveyDesigner, surveys, recorder);
		analyst = TestUsers.demoActor(jdbc, Role.ANALYST);
	}

	@Test
	void aTouchpointCountsTheAnswersOfEveryVersionAsOnTheDashboard() {
		long journey = hotel.journey();
		// Version 1 asks the rows without linking them to the journey; version 2 links
		// them.
		Survey survey = hotel.openSurvey(journey, false);
		hotel.answer(survey, "1", 9, 5, "Shanghai", "QX1", null);
		hotel.answer(survey, "2", 10, 4, "Shanghai", "QX2", null);
		hotel.answer(survey, "3", 3, 2, "Beijing", "QX3", "The room was dirty.");
		hotel.linkRows(survey, journey);
		hotel.answer(survey, "4", 8, 4, "Shanghai", "QX4", null);
		hotel.answer(survey, "5", 9, 5, "Beijing", "QX5", null);
		TestEvents.awaitCompletion(jdbc);

		long room = hotel.touchpoint(journey, "Room first impression");
		var query = new MetricsQuery(survey.id(), HotelStayFixture.TODAY.minusDays(1),
				HotelStayFixture.TODAY.plusDays(1), null, null, null, null);
		long onDashboard = metrics.touchpoints(analyst, metrics.survey(analyst, query), query)
			.stream()
			.filter(s -> s.touchpointId() == room)
			.map(TouchpointScore::mean)
			.findFirst()
			.orElseThrow()
			.estimate()
			.n();
		Analysis analysis = insights.analyse(analyst, new InsightQuery(survey.id(), null, null));
		long inInsights = analysis.curve()
			.points()
			.stream()
			.filter(p -> p.touchpointId() == room)
			.findFirst()
			.orElseThrow()
			.measured()
			.count();
		assertThat(onDashboard).isEqualTo(5);
		assertThat(inInsights).isEqualTo(onDashboard);
		assertThat(analysis.responses()).isEqualTo(5);
	}

	@Test
	void theFilterNamesSurveysTellsEqualTitlesApartAndOffersOnlyRealSegmentsAndOutcomes() throws Exception {
		long journey = hotel.journey();
		Survey first = hotel.openSurvey(journey, true);
		Survey second = hotel.openSurvey(journey, true);
		second = surveyDesigner.close(hotel.designer(), second.id(),
				surveys.get(hotel.designer(), second.id()).revision());
		String[][] guests = { { "Shanghai", "AB12CD" }, { "Shanghai", "EF34GH" }, { "Beijing", "IJ56KL" },
				{ "Shanghai", "MN78OP" } };
		for (int i = 0; i < guests.length; i++) {
			hotel.answer(first, "f" + i, 6 + i, 2 + i, guests[i][0], guests[i][1], null);
		}

		InsightOptions options = insights.options(analyst, first.id());
		// Booking references identify guests (each seen once): no segment. Two cities
		// group them: a segment, not
		// a yes/no outcome.
		assertThat(options.segments()).extracting(InsightOptions.Segment::field).containsExactly("location");
		assertThat(options.outcomes()).extracting(InsightOptions.Choice::spec).containsExactly("nps", "csat");

		String html = mvc
			.perform(get("/insights").session(TestUsers.signInDemo(mvc, Role.ANALYST))
				.param("survey", String.valueOf(first.id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> labels = new ArrayList<>();
		Matcher choice = Pattern.compile("data-testid=\"survey-choice\"[^>]*>([^<]*)<").matcher(html);
		while (choice.find()) {
			labels.add(choice.group(1));
		}
		assertThat(labels).doesNotHaveDuplicates().noneMatch(l -> l.startsWith("#"));
		String day = HotelStayFixture.TODAY.toString();
		assertThat(labels).anyMatch(l -> l.startsWith("Hotel stay survey (open, created " + day))
			.anyMatch(l -> l.startsWith("Hotel stay survey (closed, created " + day));
	}

	@Test
	void aSurveyTheFilterDoesNotOfferIsStillNamed() throws Exception {
		long journey = hotel.journey();
		// Its rows are not linked yet: it cannot be analysed as a journey, but it is
		// named, not "#id".
		Survey unlinked = hotel.openSurvey(journey, false);
		mvc.perform(get("/insights/curve").session(TestUsers.signInDemo(mvc, Role.ANALYST))
			.param("survey", String.valueOf(unlinked.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(">Hotel stay survey (open, created "),
					containsString("This survey cannot be analysed as a journey"),
					not(containsString(">#" + unlinked.id() + "<")))));
	}

}
