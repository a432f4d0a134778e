package io.peakxm.survey;

import java.util.List;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Building a survey in the builder pages: add, edit, reorder, duplicate, delete, preview.
 */
@PeakXmIntegrationTest
class SurveyBuilderIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession designer;

	long survey;

	@BeforeEach
	void createBlankSurvey() throws Exception {
		designer = TestUsers.signInDemo(mvc, Role.DESIGNER);
		String body = mvc
			.perform(post("/api/v1/surveys").session(designer)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"definition\":{\"titleEn\":\"Lounge\",\"questions\":[]}}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		survey = JsonMapper.builder().build().readTree(body).get("id").asLong();
	}

	@Test
	void designerBuildsASurveyQuestionByQuestion() throws Exception {
		addQuestion(0, "nps", "NPS", "How likely…", "", "", "");
		addQuestion(1, "food", "SINGLE_CHOICE", "Did you eat?", "yes | Yes | 是\nno | No | 否", "", "");
		addQuestion(2, "why", "TEXT_LONG", "Why so low?", "", "nps", "6");
		assertThat(keys()).isEqualTo("nps,food,why");

		mvc.perform(post("/surveys/" + survey + "/questions/food/move").param("revision", "3")
			.param("by", "-1")
			.session(designer)
			.with(csrf())).andExpect(redirectedUrl("/surveys/" + survey));
		assertThat(keys()).isEqualTo("food,nps,why");
		mvc.perform(post("/surveys/" + survey + "/questions/food/duplicate").param("revision", "4")
			.session(designer)
			.with(csrf()));
		assertThat(keys()).isEqualTo("food,food_copy,nps,why");
		mvc.perform(post("/surveys/" + survey + "/questions/food_copy/delete").param("revision", "5")
			.session(designer)
			.with(csrf()));
		assertThat(keys()).isEqualTo("food,nps,why");

		mvc.perform(get("/surveys/" + survey + "/preview/frame").param("lang", "zh-CN").session(designer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("是")))
			.andExpect(content().string(containsString("disabled")));
	}

	@Test
	void aBrokenQuestionIsExplainedAndNothingIsSaved() throws Exception {
		mvc.perform(post("/surveys/" + survey + "/questions").session(designer)
			.with(csrf())
			.param("revision", "0")
			.param("key", "Bad Key")
			.param("type", "SINGLE_CHOICE")
			.param("textEn", "Pick")
			.param("options", "only | One")
			.param("page", "1")
			.param("ratingStyle", "NUMBERS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must start with a lower-case letter")))
			.andExpect(content().string(containsString("At least 2 options or rows.")));
		assertThat(keys()).isEmpty();
	}

	@Test
	void reorderingAQuestionBeforeTheOneItsConditionNeedsIsRefused() throws Exception {
		addQuestion(0, "nps", "NPS", "How likely…", "", "", "");
		addQuestion(1, "why", "TEXT_LONG", "Why so low?", "", "nps", "6");
		mvc.perform(post("/surveys/" + survey + "/questions/why/move").param("revision", "2")
			.param("by", "-1")
			.header("Referer", "http://localhost/surveys/" + survey)
			.session(designer)
			.with(csrf())).andExpect(redirectedUrl("/surveys/" + survey));
		assertThat(keys()).isEqualTo("nps,why");
	}

	@Test
	void touchpointPickersOfferTheJourneysTouchpointsStageByStageInJourneyOrder() throws Exception {
		long journey = hotelJourney();
		long survey = surveyFor(journey);
		String html = mvc
			.perform(get("/surveys/" + survey + "/questions/new").param("type", "MATRIX").session(designer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("data-testid=\"question-touchpoint\"", "data-testid=\"row-touchpoint\"",
				"data-testid=\"rate-every-touchpoint\"");
		String picker = html.substring(html.indexOf("data-testid=\"question-touchpoint\""));
		picker = picker.substring(0, picker.indexOf("</select>"));
		assertThat(matches(picker, "<optgroup label=\"([^\"]+)\"")).containsExactly("Book", "Arrival &amp; check-in",
				"Room", "Dining", "Facilities", "Check-out");
		assertThat(matches(picker, "<option value=\"(\\d+)\""))
			.isEqualTo(touchpointIds(journey).stream().map(String::valueOf).toList());
		assertThat(picker).doesNotContain("Touchpoint id");
	}

	@Test
	void rateEveryTouchpointFillsTheMatrixWithOneRowPerTouchpointAndSavingLinksThem() throws Exception {
		long journey = hotelJourney();
		long survey = surveyFor(journey);
		List<Long> touchpoints = touchpointIds(journey);
		String html = mvc
			.perform(post("/surveys/" + survey + "/questions").session(designer)
				.with(csrf())
				.param("revision", "0")
				.param("key", "parts")
				.param("type", "RATING")
				.param("textEn", "Each part?")
				.param("page", "1")
				.param("ratingStyle", "STARS")
				.param("action", "rateEveryTouchpoint"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("data-testid=\"builder-notice\"");
		assertThat(matches(html, "name=\"rows\\[\\d+\\]\\.key\" value=\"([^\"]+)\""))
			.isEqualTo(touchpoints.stream().map(id -> "tp_" + id).toList());
		assertThat(html).contains("<option value=\"MATRIX\" selected=\"selected\">");
		assertThat(keys(survey)).isEmpty();

		var save = post("/surveys/" + survey + "/questions").session(designer)
			.with(csrf())
			.param("revision", "0")
			.param("key", "parts")
			.param("type", "MATRIX")
			.param("textEn", "Each part?")
			.param("page", "1")
			.param("ratingStyle", "STARS");
		for (int i = 0; i < touchpoints.size(); i++) {
			// As the filled form sends them: a row with only its touchpoint takes the
			// touchpoint's key and names.
			save.param("rows[" + i + "].touchpointId", "" + touchpoints.get(i))
				.param("rows[" + i + "].key", "")
				.param("rows[" + i + "].labelEn", "")
				.param("rows[" + i + "].labelZh", "");
		}
		save.param("rows[" + touchpoints.size() + "].key", "")
			.param("rows[" + touchpoints.size() + "].touchpointId", "");
		mvc.perform(save).andExpect(redirectedUrl("/surveys/" + survey));
		var rows = definition(survey).at("/questions/0/rows");
		assertThat(rows.size()).isEqualTo(14);
		assertThat(rows.get(0).get("key").asString()).isEqualTo("tp_" + touchpoints.get(0));
		assertThat(rows.get(0).get("labelEn").asString()).isEqualTo("Online reservation");
		assertThat(rows.get(0).get("labelZh").asString()).isEqualTo("在线预订");
		assertThat(rows.get(13).get("touchpointId").asLong()).isEqualTo(touchpoints.get(13));
	}

	@Test
	void aTouchpointOfAnotherJourneyIsRefusedNextToItsRowAndNothingIsSaved() throws Exception {
		long survey = surveyFor(hotelJourney());
		long airlineTouchpoint = jdbc
			.sql("""
					select min(t.id) from touchpoint t join journey j on j.id = t.journey_id where j.name = 'Fly with us'""")
			.query(Long.class)
			.single();
		mvc.perform(post("/surveys/" + survey + "/questions").session(designer)
			.with(csrf())
			.param("revision", "0")
			.param("key", "parts")
			.param("type", "MATRIX")
			.param("textEn", "Each part?")
			.param("page", "1")
			.param("ratingStyle", "NUMBERS")
			.param("rows[0].key", "")
			.param("rows[1].key", "gate")
			.param("rows[1].labelEn", "Gate")
			.param("rows[1].touchpointId", "" + airlineTouchpoint))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<option value=\"" + airlineTouchpoint + "\" selected=\"selected\">Touchpoint "
						+ airlineTouchpoint + " (no longer in the journey)</option>")))
			.andExpect(content().string(containsString("<p class=\"field-error\">Touchpoint " + airlineTouchpoint
					+ " is not a touchpoint of the journey “Hotel stay” that this survey measures.</p>")));
		assertThat(keys(survey)).isEmpty();
	}

	@Test
	void withoutAJourneyTheFormSaysWhereToChooseItAndRowsStillSave() throws Exception {
		mvc.perform(get("/surveys/" + survey + "/questions/new").param("type", "MATRIX").session(designer))
			.andExpect(content()
				.string(containsString("choose the journey this survey measures on the survey&#39;s page")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("rate-every-touchpoint"))));
		mvc.perform(post("/surveys/" + survey + "/questions").session(designer)
			.with(csrf())
			.param("revision", "0")
			.param("key", "lounge")
			.param("type", "MATRIX")
			.param("textEn", "Rate")
			.param("page", "1")
			.param("ratingStyle", "NUMBERS")
			.param("rows[0].key", "seats")
			.param("rows[0].labelEn", "Seats")
			.param("rows[2].key", "food")
			.param("rows[2].labelEn", "Food")).andExpect(redirectedUrl("/surveys/" + survey));
		assertThat(definition(survey).at("/questions/0/rows").size()).isEqualTo(2);
	}

	@Test
	void aRowNumberBeyondTheLargestMatrixIsRefusedAndNothingIsSaved() throws Exception {
		mvc.perform(post("/surveys/" + survey + "/questions").session(designer)
			.with(csrf())
			.param("revision", "0")
			.param("key", "lounge")
			.param("type", "MATRIX")
			.param("textEn", "Rate")
			.param("page", "1")
			.param("ratingStyle", "NUMBERS")
			.param("rows[0].key", "seats")
			.param("rows[0].labelEn", "Seats")
			.param("rows[5000].key", "far")
			.param("rows[5000].labelEn", "Far")
			.header("Referer", "http://localhost/surveys/" + survey + "/questions/new"))
			.andExpect(redirectedUrl("/surveys/" + survey + "/questions/new"))
			.andExpect(flash().attribute("error", "At most 50 options or rows."));
		assertThat(keys()).isEmpty();
	}

	private long hotelJourney() throws Exception {
		String body = mvc
			.perform(post("/api/v1/journeys").session(designer)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"template\":\"hotel-stay\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonMapper.builder().build().readTree(body).get("id").asLong();
	}

	private long surveyFor(long journey) throws Exception {
		String body = mvc
			.perform(post("/api/v1/surveys").session(designer)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"definition\":{\"titleEn\":\"Stay\",\"journeyId\":" + journey + ",\"questions\":[]}}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonMapper.builder().build().readTree(body).get("id").asLong();
	}

	private List<Long> touchpointIds(long journey) {
		return jdbc.sql("""
				select t.id from touchpoint t join journey_stage s on s.id = t.stage_id
				where t.journey_id = :j and t.removed_at is null order by s.position, t.position""")
			.param("j", journey)
			.query(Long.class)
			.list();
	}

	private static List<String> matches(String html, String regex) {
		List<String> found = new java.util.ArrayList<>();
		var matcher = java.util.regex.Pattern.compile(regex).matcher(html);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private tools.jackson.databind.JsonNode definition(long id) {
		String definition = jdbc.sql("select definition from survey where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		return JsonMapper.builder().build().readTree(definition);
	}

	private void addQuestion(int revision, String key, String type, String text, String options, String conditionKey,
			String conditionValue) throws Exception {
		mvc.perform(post("/surveys/" + survey + "/questions").session(designer)
			.with(csrf())
			.param("revision", "" + revision)
			.param("key", key)
			.param("type", type)
			.param("textEn", text)
			.param("options", options)
			.param("page", "1")
			.param("ratingStyle", "NUMBERS")
			.param("conditionKey", conditionKey)
			.param("conditionOperator", "LESS_OR_EQUAL")
			.param("conditionValues", conditionValue)).andExpect(redirectedUrl("/surveys/" + survey));
	}

	private String keys() {
		return keys(survey);
	}

	private String keys(long id) {
		var questions = definition(id).get("questions");
		StringBuilder sb = new StringBuilder();
		questions.forEach(q -> sb.append(sb.isEmpty() ? "" : ",").append(q.get("key").asString()));
		return sb.toString();
	}

}
