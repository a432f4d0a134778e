package io.peakxm.web;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PeakXmIntegrationTest
class LanguageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void followsTheBrowserLanguageWhenNothingIsChosen() throws Exception {
		mvc.perform(get("/login").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5"))
			.andExpect(content().string(containsString("<html lang=\"zh-CN\"")))
			.andExpect(content().string(containsString("登录")));
		mvc.perform(get("/login").header("Accept-Language", "fr-FR,de;q=0.8"))
			.andExpect(content().string(containsString("Sign in")));
	}

	@Test
	void languageChoiceIsKeptInACookieBeforeSignIn() throws Exception {
		mvc.perform(post("/locale").param("lang", "zh-CN").param("returnTo", "/login").with(csrf()))
			.andExpect(redirectedUrl("/login"))
			.andExpect(cookie().value("peakxm-lang", "zh-CN"));
		mvc.perform(get("/login").cookie(new Cookie("peakxm-lang", "zh-CN")))
			.andExpect(content().string(containsString("电子邮箱")));
	}

	@Test
	void signedInUsersLanguageIsSavedAndFollowsThemToANewSession() throws Exception {
		MockHttpSession session = TestUsers.signInDemo(mvc, Role.AGENT);
		mvc.perform(post("/locale").param("lang", "zh_CN").param("returnTo", "/account").session(session).with(csrf()))
			.andExpect(redirectedUrl("/account"));
		assertThat(jdbc.sql("select locale from app_user where email = 'agent@skyway.example'")
			.query(String.class)
			.single()).isEqualTo("zh-CN");
		MockHttpSession fresh = TestUsers.signInDemo(mvc, Role.AGENT);
		mvc.perform(get("/account").session(fresh).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("我的账号")));
		mvc.perform(post("/locale").param("lang", "en").session(fresh).with(csrf()));
		mvc.perform(get("/account").session(fresh)).andExpect(content().string(containsString("My account")));
	}

	@Test
	void rejectsUnknownLanguageAndForeignReturnAddress() throws Exception {
		mvc.perform(post("/locale").param("lang", "xx").with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/locale").param("lang", "en").param("returnTo", "//evil.example/").with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void apiProblemsSpeakTheCallersLanguage() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		mvc.perform(post("/api/v1/users").session(admin)
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.cookie(new Cookie("peakxm-lang", "zh-CN"))
			.contentType("application/json")
			.content("{\"email\":\"x\",\"displayName\":\"x\",\"role\":\"VIEWER\"}"))
			.andExpect(jsonPath("$.errors[0].message").value("不是有效的邮箱地址。"));
	}

}
