package io.peakxm;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDefinition;
import io.peakxm.survey.SurveyDesigner;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The real airline passenger survey file (../shared/data, 103,904 rows) as tests use it:
 * its 14 rating columns mapped to the touchpoints of the demo airline journey
 * (docs/insights.md, "Airline file"), its profile columns as hidden fields, imported
 * through the survey import into the post-flight template.
 */
public final class AirlineFile {

	public static final Path PATH = Path.of("../shared/data/airline_passenger_survey/train.csv");

	public static final int ROWS = 103_904;

	/** CSV column → touchpoint name in the airline journey template, in journey order. */
	public static final Map<String, String> TOUCHPOINTS = new LinkedHashMap<>();
	static {
		TOUCHPOINTS.put("Ease of Online booking", "Online booking");
		TOUCHPOINTS.put("Departure/Arrival time convenient", "Departure/arrival time convenience");
		TOUCHPOINTS.put("Checkin service", "Check-in service");
		TOUCHPOINTS.put("Online boarding", "Online boarding");
		TOUCHPOINTS.put("Gate location", "Gate location");
		TOUCHPOINTS.put("Seat comfort", "Seat comfort");
		TOUCHPOINTS.put("Inflight entertainment", "Inflight entertainment");
		TOUCHPOINTS.put("On-board service", "On-board service");
		TOUCHPOINTS.put("Leg room service", "Leg room service");
		TOUCHPOINTS.put("Inflight wifi service", "Inflight wifi service");
		TOUCHPOINTS.put("Food and drink", "Food and drink");
		TOUCHPOINTS.put("Cleanliness", "Cleanliness");
		TOUCHPOINTS.put("Inflight service", "Inflight service");
		TOUCHPOINTS.put("Baggage handling", "Baggage handling");
	}

	/** Profile columns → hidden field keys. */
	public static final Map<String, String> PROFILE = Map.of("Gender", "gender", "Customer Type", "customer_type",
			"Age", "age", "Type of Travel", "travel_type", "Class", "cabin", "Flight Distance", "flight_distance",
			"Departure Delay in Minutes", "departure_delay", "Arrival Delay in Minutes", "arrival_delay",
			"satisfaction", "satisfaction", "id", "passenger_id");

	private AirlineFile() {
	}

	/** Skips the calling test with a message when the file is not there. */
	public static void assumePresent() {
		Assumptions.assumeTrue(Files.exists(PATH), PATH + " is not here: airline file test skipped");
	}

	/**
	 * The post-flight survey on the demo airline journey, with the profile columns as
	 * hidden fields, opened.
	 */
	public static Survey newSurvey(JdbcClient jdbc, SurveyDesigner designer, Surveys surveys) {
		Actor designerActor = designer(jdbc);
		long journey = jdbc.sql("select min(id) from journey where name = 'Fly with us'").query(Long.class).single();
		long id = designer.createFromTemplate(designerActor, "post-flight", journey);
		Survey draft = surveys.get(designerActor, id);
		List<Question> questions = new ArrayList<>(draft.definition().questions());
		for (String key : PROFILE.values()) {
			if (draft.definition().question(key).isEmpty()) {
				questions.add(new Question(key, QuestionType.HIDDEN, null, null, false, 1, null, List.of(), false,
						List.of(), null, null, null, null));
			}
		}
		SurveyDefinition definition = draft.definition().withQuestions(questions);
		designer.save(designerActor, id, draft.revision(), definition);
		return designer.open(designerActor, id, draft.revision() + 1);
	}

	/**
	 * Imports the whole file into the survey through the API; returns the import's JSON
	 * answer.
	 */
	public static String importInto(Survey survey, MockMvc mvc) throws Exception {
		return mvc
			.perform(multipart("/api/v1/surveys/" + survey.id() + "/imports")
				.file(new MockMultipartFile("file", "train.csv", "text/csv", Files.readAllBytes(PATH)))
				.file(new MockMultipartFile("mapping", "", "application/json",
						mapping(survey, new ArrayList<>(TOUCHPOINTS.keySet()), PROFILE)
							.getBytes(StandardCharsets.UTF_8)))
				.session(TestUsers.signInDemo(mvc, Role.DESIGNER))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * A survey holding the whole file: one imported earlier in this database (by another
	 * test) or a new one.
	 */
	public static synchronized long imported(MockMvc mvc, JdbcClient jdbc, SurveyDesigner designer, Surveys surveys)
			throws Exception {
		assumePresent();
		List<Long> earlier = jdbc.sql("""
				select r.survey_id from response r join response_field f on f.response_id = r.id
				where r.channel = 'IMPORT' and f.name = 'satisfaction'
				group by r.survey_id having count(*) = :rows""").param("rows", ROWS).query(Long.class).list();
		if (!earlier.isEmpty()) {
			return earlier.get(0);
		}
		Survey survey = newSurvey(jdbc, designer, surveys);
		importInto(survey, mvc);
		return survey.id();
	}

	/**
	 * A column mapping: rating columns to matrix rows (0 = not applicable), profile
	 * columns to hidden fields.
	 */
	public static String mapping(Survey survey, List<String> touchpointColumns, Map<String, String> profile) {
		StringBuilder sb = new StringBuilder("{\"language\":\"en\",\"columns\":[");
		List<String> entries = new ArrayList<>();
		for (String column : touchpointColumns) {
			entries.add("{\"column\":\"" + column + "\",\"target\":\"touchpoints."
					+ rowKey(survey, TOUCHPOINTS.get(column)) + "\",\"missing\":[\"0\"]}");
		}
		profile.forEach((column, key) -> entries.add("{\"column\":\"" + column + "\",\"target\":\"" + key + "\"}"));
		entries.add("{\"column\":\"id\",\"target\":\"@journeyInstanceKey\"}");
		return sb.append(String.join(",", entries)).append("]}").toString();
	}

	/** The matrix row of the post-flight survey that rates a touchpoint. */
	public static String rowKey(Survey survey, String touchpointName) {
		return survey.definition()
			.question("touchpoints")
			.orElseThrow()
			.rows()
			.stream()
			.filter(r -> r.labelEn().equals(touchpointName))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no row " + touchpointName))
			.key();
	}

	/** The demo workspace's designer as an actor. */
	public static Actor designer(JdbcClient jdbc) {
		long workspace = jdbc.sql("select id from workspace where demo = true").query(Long.class).single();
		long user = jdbc.sql("select id from app_user where email = 'designer@skyway.example'")
			.query(Long.class)
			.single();
		return Actor.ofUser(user, "designer@skyway.example", "Designer", workspace, "SkyWay Air", Role.DESIGNER, null);
	}

	/** The demo workspace's analyst as an actor. */
	public static Actor analyst(JdbcClient jdbc) {
		long workspace = jdbc.sql("select id from workspace where demo = true").query(Long.class).single();
		long user = jdbc.sql("select id from app_user where email = 'analyst@skyway.example'")
			.query(Long.class)
			.single();
		return Actor.ofUser(user, "analyst@skyway.example", "Analyst", workspace, "SkyWay Air", Role.ANALYST, null);
	}

}
