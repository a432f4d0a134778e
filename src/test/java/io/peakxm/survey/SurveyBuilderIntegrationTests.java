package io.peakxm.survey;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Building a survey in the builder pages: add, edit, reorder, duplicate, delete, preview. */
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
		String body = mvc.perform(post("/api/v1/surveys").session(designer).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"definition\":{\"titleEn\":\"Lounge\",\"questions\":[]}}"))
			.andReturn().getResponse().getContentAsString();
		survey = JsonMapper.builder().build().readTree(body).get("id").asLong();
	}

	@Test
	void designerBuildsASurveyQuestionByQuestion() throws Exception {
		addQuestion(0, "nps", "NPS", "How likely…", "", "", "");
		addQuestion(1, "food", "SINGLE_CHOICE", "Did you eat?", "yes | Yes | 是\nno | No | 否", "", "");
		addQuestion(2, "why", "TEXT_LONG", "Why so low?", "", "nps", "6");
		assertThat(keys()).isEqualTo("nps,food,why");

		mvc.perform(post("/surveys/" + survey + "/questions/food/move").param("revision", "3").param("by", "-1")
				.session(designer).with(csrf())).andExpect(redirectedUrl("/surveys/" + survey));
		assertThat(keys()).isEqualTo("food,nps,why");
		mvc.perform(post("/surveys/" + survey + "/questions/food/duplicate").param("revision", "4").session(designer).with(csrf()));
		assertThat(keys()).isEqualTo("food,food_copy,nps,why");
		mvc.perform(post("/surveys/" + survey + "/questions/food_copy/delete").param("revision", "5").session(designer).with(csrf()));
		assertThat(keys()).isEqualTo("food,nps,why");

		mvc.perform(get("/surveys/" + survey + "/preview/frame").param("lang", "zh-CN").session(designer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("是")))
			.andExpect(content().string(containsString("disabled")));
	}

	@Test
	void aBrokenQuestionIsExplainedAndNothingIsSaved() throws Exception {
		mvc.perform(post("/surveys/" + survey + "/questions").session(designer).with(csrf())
				.param("revision", "0").param("key", "Bad Key").param("type", "SINGLE_CHOICE").param("textEn", "Pick")
				.param("options", "only | One").param("page", "1").param("ratingStyle", "NUMBERS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must start with a lower-case letter")))
			.andExpect(content().string(containsString("At least 2 options or rows.")));
		assertThat(keys()).isEmpty();
	}

	@Test
	void reorderingAQuestionBeforeTheOneItsConditionNeedsIsRefused() throws Exception {
		addQuestion(0, "nps", "NPS", "How likely…", "", "", "");
		addQuestion(1, "why", "TEXT_LONG", "Why so low?", "", "nps", "6");
		mvc.perform(post("/surveys/" + survey + "/questions/why/move").param("revision", "2").param("by", "-1")
				.header("Referer", "http://localhost/surveys/" + survey).session(designer).with(csrf()))
			.andExpect(redirectedUrl("/surveys/" + survey));
		assertThat(keys()).isEqualTo("nps,why");
	}

	private void addQuestion(int revision, String key, String type, String text, String options, String conditionKey,
			String conditionValue) throws Exception {
		mvc.perform(post("/surveys/" + survey + "/questions").session(designer).with(csrf())
				.param("revision", "" + revision).param("key", key).param("type", type).param("textEn", text)
				.param("options", options).param("page", "1").param("ratingStyle", "NUMBERS")
				.param("conditionKey", conditionKey).param("conditionOperator", "LESS_OR_EQUAL")
				.param("conditionValues", conditionValue))
			.andExpect(redirectedUrl("/surveys/" + survey));
	}

	private String keys() {
		String definition = jdbc.sql("select definition from survey where id = :id").param("id", survey).query(String.class).single();
		var questions = JsonMapper.builder().build().readTree(definition).get("questions");
		StringBuilder sb = new StringBuilder();
		questions.forEach(q -> sb.append(sb.isEmpty() ? "" : ",").append(q.get("key").asString()));
		return sb.toString();
	}
}
