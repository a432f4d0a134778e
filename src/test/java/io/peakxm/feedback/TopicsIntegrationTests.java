package io.peakxm.feedback;

import java.time.Duration;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The topic taxonomy: rules checked with the place that is wrong, a live preview, stored
 * feedback re-tagged in the background after every change, suggestions accepted or
 * rejected.
 */
@PeakXmIntegrationTest
class TopicsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession analyst;

	@BeforeEach
	void signIn() throws Exception {
		analyst = TestUsers.signInDemo(mvc, Role.ANALYST);
	}

	@Test
	void aNewTopicTagsTheStoredFeedbackInTheBackground() throws Exception {
		String word = "zq" + System.nanoTime();
		mvc.perform(post("/api/v1/feedback/bulk").session(analyst)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("[{\"source\":\"review\",\"externalId\":\"" + word + "-1\",\"text\":\"The " + word
					+ " was broken\"},{\"source\":\"review\",\"externalId\":\"" + word
					+ "-2\",\"text\":\"Nothing special\"}]"))
			.andExpect(status().isOk());
		mvc.perform(post("/feedback/topics/preview").session(analyst).with(csrf()).param("rule", word))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"topic-preview\"")));
		mvc.perform(post("/feedback/topics").session(analyst)
			.with(csrf())
			.param("nameEn", "Broken " + word)
			.param("nameZh", "损坏")
			.param("rule", word + " AND broken"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("success"));
		long topic = jdbc.sql("select id from feedback_topic where name_en = :n")
			.param("n", "Broken " + word)
			.query(Long.class)
			.single();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		long tagged = 0;
		while (tagged == 0 && System.nanoTime() < deadline) {
			Thread.sleep(200);
			tagged = jdbc.sql("select count(*) from feedback_item_topic where topic_id = :t")
				.param("t", topic)
				.query(Long.class)
				.single();
		}
		assertThat(tagged).isEqualTo(1);
		mvc.perform(get("/feedback/topics").session(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Broken " + word)));
	}

	@Test
	void aRuleThatCannotBeReadIsRefusedNamingTheRule() throws Exception {
		mvc.perform(post("/api/v1/topics").session(analyst)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nameEn\":\"Broken rule\",\"rule\":\"(bag AND\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rule"));
		mvc.perform(post("/feedback/topics").session(analyst)
			.with(csrf())
			.header("Referer", "/feedback/topics")
			.param("nameEn", "")
			.param("rule", "bag")).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("error"));
		mvc.perform(post("/api/v1/topics").session(TestUsers.signInDemo(mvc, Role.VIEWER))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nameEn\":\"x\",\"rule\":\"bag\"}")).andExpect(status().isForbidden());
	}

	@Test
	void aRejectedSuggestionIsNotSuggestedAgainAndAnAcceptedOneBecomesATopic() throws Exception {
		String page = mvc.perform(get("/feedback/topics").session(analyst))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-testid=\"topic-suggestions\"");
		String first = page.replaceAll("(?s).*?name=\"phrase\" value=\"([^\"]+)\".*", "$1");
		mvc.perform(post("/feedback/topics/suggestions/reject").session(analyst).with(csrf()).param("phrase", first))
			.andExpect(status().is3xxRedirection());
		String again = mvc.perform(get("/feedback/topics").session(analyst))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).doesNotContain("name=\"phrase\" value=\"" + first + "\"");
		String second = again.replaceAll("(?s).*?name=\"phrase\" value=\"([^\"]+)\".*", "$1");
		mvc.perform(post("/feedback/topics/suggestions/accept").session(analyst).with(csrf()).param("phrase", second))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from feedback_topic where name_en = :n")
			.param("n", org.springframework.web.util.HtmlUtils.htmlUnescape(second))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void bulkReTagByHandOutlastsTheRulesAndNamesWhatItRefuses() throws Exception {
		String word = "zr" + System.nanoTime();
		String created = mvc
			.perform(post("/api/v1/feedback/bulk").session(analyst)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("[{\"source\":\"review\",\"externalId\":\"" + word + "-1\",\"text\":\"The " + word
						+ " lounge\"},{\"source\":\"review\",\"externalId\":\"" + word
						+ "-2\",\"text\":\"Quiet flight\"},{\"source\":\"review\",\"externalId\":\"" + word
						+ "-3\",\"text\":\"Tasty food\"}]"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long[] ids = java.util.Arrays
			.stream(created.replaceAll("(?s).*\"createdIds\":\\[([0-9,]+)\\].*", "$1").split(","))
			.mapToLong(Long::parseLong)
			.toArray();
		// A topic whose rule matches the first item only.
		String topicJson = mvc
			.perform(post("/api/v1/topics").session(analyst)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nameEn\":\"Lounge " + word + "\",\"rule\":\"" + word + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long topic = Long.parseLong(topicJson.replaceAll("(?s).*?\"id\":([0-9]+).*", "$1"));
		awaitTags(topic, 1);
		// By hand: on the second item (and the first, which has it: not counted), off
		// the first.
		mvc.perform(post("/api/v1/topics/{id}/items", topic).session(analyst)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemIds\":[" + ids[0] + "," + ids[1] + "],\"tagged\":true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").value(1));
		mvc.perform(post("/feedback/retag").session(analyst)
			.with(csrf())
			.param("ids", String.valueOf(ids[0]))
			.param("topic", String.valueOf(topic))
			.param("action", "remove")
			.param("back", "q=" + word))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/feedback?q=" + word))
			.andExpect(flash().attributeExists("success"));
		assertThat(taggedItems(topic)).containsExactly(ids[1]);
		// A change of the rule re-tags by rules, and what was set by hand stands.
		mvc.perform(put("/api/v1/topics/{id}", topic).session(analyst)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nameEn\":\"Lounge " + word + "\",\"rule\":\"" + word + " OR tasty\"}"))
			.andExpect(status().isOk());
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!taggedItems(topic).contains(ids[2]) && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		awaitRetagDone();
		assertThat(taggedItems(topic)).contains(ids[1], ids[2]).doesNotContain(ids[0]);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'feedback.retagged' and target = :t")
			.param("t", "topic " + topic)
			.query(Long.class)
			.single()).isEqualTo(2);
		// Refused, naming what is wrong, and nothing changes.
		mvc.perform(post("/api/v1/topics/{id}/items", topic).session(analyst)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemIds\":[" + ids[2] + ",999999999],\"tagged\":false}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("itemIds"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("999999999")));
		mvc.perform(post("/api/v1/topics/{id}/items", 999999999L).session(analyst)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemIds\":[" + ids[2] + "],\"tagged\":false}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("topicId"));
		mvc.perform(post("/api/v1/topics/{id}/items", topic).session(analyst)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemIds\":[],\"tagged\":false}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("itemIds"));
		mvc.perform(post("/feedback/retag").session(analyst)
			.with(csrf())
			.param("topic", String.valueOf(topic))
			.param("action", "add")
			.param("back", "q=x\r\nLocation: https://evil.example"))
			.andExpect(redirectedUrl("/feedback"))
			.andExpect(flash().attributeExists("error"));
		assertThat(taggedItems(topic)).contains(ids[2]);
		mvc.perform(post("/api/v1/topics/{id}/items", topic).session(TestUsers.signInDemo(mvc, Role.AGENT))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemIds\":[" + ids[2] + "],\"tagged\":false}")).andExpect(status().isForbidden());
		// The inbox offers it to those who may.
		mvc.perform(get("/feedback").param("q", word).session(analyst))
			.andExpect(content().string(containsString("data-testid=\"retag-form\"")))
			.andExpect(content().string(containsString("data-testid=\"retag-tick\"")));
	}

	private java.util.List<Long> taggedItems(long topic) {
		return jdbc.sql("select item_id from feedback_item_topic where topic_id = :t order by item_id")
			.param("t", topic)
			.query(Long.class)
			.list();
	}

	private void awaitTags(long topic, int count) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (taggedItems(topic).size() < count && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		awaitRetagDone();
	}

	private void awaitRetagDone() throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			String progress = mvc.perform(get("/api/v1/topics/retag").session(analyst))
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (progress.contains("\"running\":false")) {
				return;
			}
			Thread.sleep(200);
		}
	}

}
