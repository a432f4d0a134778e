package io.peakxm.response;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.peakxm.BrowserSupport;
import io.peakxm.TestUsers;
import io.peakxm.survey.SurveyDesigner;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A passenger answers the demo post-flight survey on a phone, without signing in: display
 * logic, the matrix of touchpoints, errors for a skipped required question, both
 * languages, and what ends up in the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RespondentBrowserTests {

	private static final int PHONE_WIDTH = 390;

	private static final int PHONE_HEIGHT = 844;

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SurveyDesigner surveyDesigner;

	@Autowired
	Surveys surveys;

	String publicId;

	long surveyId;

	@BeforeEach
	void findDemoSurvey() {
		publicId = jdbc
			.sql("select public_id from survey where status = 'OPEN' and definition like '%Post-flight%' order by id")
			.query(String.class)
			.list()
			.get(0);
		surveyId = jdbc.sql("select id from survey where public_id = :id")
			.param("id", publicId)
			.query(Long.class)
			.single();
	}

	@Test
	void passengerAnswersThePostFlightSurveyInEnglishOnAPhone() {
		Page page = browser.phonePage(PHONE_WIDTH, PHONE_HEIGHT);
		List<String> cspErrors = watchForCspErrors(page);

		// 1. The link from the boarding-pass QR code, in English.
		page.navigate(url("/s/" + publicId + "?lang=en&flight=SK123&ch=qr"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("[data-key=nps] legend"))
			.containsText("How likely are you to recommend us to a friend or colleague?");
		assertThat(page.locator("[data-testid=respond-lang]")).hasText("中文");
		assertThat(page.locator("input[type=hidden][name=flight]")).hasValue("SK123");
		assertThat(page.locator("input[type=hidden][name=ch]")).hasValue("qr");

		// 2. "What went wrong?" waits for a low score.
		Locator wentWrong = page.locator("[data-key=went_wrong]");
		assertThat(wentWrong).isHidden();
		assertThat(wentWrong).hasAttribute("hidden", "");
		page.locator("label.scale-option:has(input[name='q.nps'][value='3'])").tap();
		assertThat(page.locator("input[name='q.nps'][value='3']")).isChecked();
		assertThat(wentWrong).isVisible();
		assertThat(wentWrong.locator("textarea[name='q.went_wrong']")).isEditable();
		page.fill("textarea[name='q.went_wrong']", "My bag arrived a day late.");
		page.fill("textarea[name='q.comment']", "Friendly crew though.");

		// 3. Rate the first two parts of the trip.
		List<String> rows = matrixRows(page);
		assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
		page.locator("input[name='" + rows.get(0) + "'][value='2']").check();
		page.locator("input[name='" + rows.get(1) + "'][value='4']").check();
		assertNoHorizontalScrolling(page);
		BrowserSupport.screenshot(page, "respond-en-phone");

		// 4. Send: thanks, in English.
		String sid = page.locator("input[type=hidden][name=sid]").inputValue();
		page.locator("[data-testid=respond-submit]").tap();
		assertThat(page.locator("[data-testid=respond-thanks]")).isVisible();
		assertThat(page.locator("[data-testid=respond-thanks] h1")).hasText("Thank you!");
		assertThat(page.locator("[data-testid=respond-thanks]"))
			.containsText("Thank you! Your answers help us make every trip better.");

		// 5. Stored once, with the link's channel and hidden field, the language and the
		// answers.
		long response = jdbc.sql("""
				select id from response
				where survey_id = :survey and idempotency_key = :sid and channel = 'QR' and language = 'en'""")
			.param("survey", surveyId)
			.param("sid", sid)
			.query(Long.class)
			.single();
		assertThat(field(response, "flight")).isEqualTo("SK123");
		assertThat(number(response, "nps", null)).isEqualTo(3.0);
		assertThat(number(response, "touchpoints", rowKey(rows.get(0)))).isEqualTo(2.0);
		assertThat(number(response, "touchpoints", rowKey(rows.get(1)))).isEqualTo(4.0);
		assertThat(text(response, "went_wrong")).containsExactly("My bag arrived a day late.");
		assertThat(text(response, "comment")).containsExactly("Friendly crew though.");
		assertThat(jdbc.sql("""
				select count(*) from response r join response_answer a on a.response_id = r.id
				join response_field f on f.response_id = r.id
				where r.channel = 'QR' and r.language = 'en' and f.name = 'flight' and f.field_value = 'SK123'
				and a.question_key = 'nps' and a.number_value = 3""").query(Long.class).single())
			.isGreaterThanOrEqualTo(1);

		assertThat(cspErrors).as("Content-Security-Policy violations in the browser console").isEmpty();
	}

	@Test
	void passengerAnswersInChineseAndSeesErrorsWhenSkippingTheRequiredQuestion() {
		Page page = browser.phonePage(PHONE_WIDTH, PHONE_HEIGHT);
		List<String> cspErrors = watchForCspErrors(page);

		// 1. The survey in Chinese.
		page.navigate(url("/s/" + publicId + "?lang=zh-CN"));
		assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
		assertThat(page.locator("[data-key=nps] legend")).containsText("您向朋友或同事推荐我们的可能性有多大？");
		assertThat(page.locator("[data-testid=respond-lang]")).hasText("English");
		assertThat(page.locator("[data-key=went_wrong]")).isHidden();

		// 2. Send without the required score: the page comes back with the reason,
		// nothing is stored.
		long before = responses();
		String sid = page.locator("input[type=hidden][name=sid]").inputValue();
		page.fill("textarea[name='q.comment']", "座椅很舒服");
		page.locator("[data-testid=respond-submit]").tap();
		assertThat(page.locator("[data-key=nps].has-error .error")).hasText("请回答此题。");
		assertThat(page.locator(".notice")).containsText("有些答案需要您再看一下，已在下方标出。");
		assertThat(page.locator("[data-testid=respond-thanks]")).hasCount(0);
		assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
		assertThat(page.locator("textarea[name='q.comment']")).hasValue("座椅很舒服");
		assertThat(page.locator("input[type=hidden][name=sid]")).hasValue(sid);
		assertThat(page.locator("[data-key=went_wrong]")).isHidden();
		assertNoHorizontalScrolling(page);
		BrowserSupport.screenshot(page, "respond-zh-phone-error");
		assertThat(responses()).isEqualTo(before);

		// 3. A high score: "what went wrong" stays hidden, and the thanks are in Chinese.
		page.locator("label.scale-option:has(input[name='q.nps'][value='9'])").tap();
		assertThat(page.locator("input[name='q.nps'][value='9']")).isChecked();
		assertThat(page.locator("[data-key=went_wrong]")).isHidden();
		page.locator("[data-testid=respond-submit]").tap();
		assertThat(page.locator("[data-testid=respond-thanks] h1")).hasText("谢谢！");
		assertThat(page.locator("[data-testid=respond-thanks]")).containsText("谢谢！您的回答帮助我们改进每一次旅程。");

		long response = jdbc
			.sql("select id from response where survey_id = :survey and idempotency_key = :sid and language = 'zh-CN'")
			.param("survey", surveyId)
			.param("sid", sid)
			.query(Long.class)
			.single();
		assertThat(responses()).isEqualTo(before + 1);
		assertThat(number(response, "nps", null)).isEqualTo(9.0);
		assertThat(text(response, "comment")).containsExactly("座椅很舒服");
		assertThat(text(response, "went_wrong")).isEmpty();

		assertThat(cspErrors).as("Content-Security-Policy violations in the browser console").isEmpty();
	}

	@Test
	void guestAnswersTheHotelSurveyOnAPhoneWithThumbSizedTargetsNamedEndsAndStars() {
		Actor designer = TestUsers.demoActor(jdbc, Role.DESIGNER);
		long hotelSurvey = openHotelSurvey(designer);
		String hotelId = jdbc.sql("select public_id from survey where id = :s")
			.param("s", hotelSurvey)
			.query(String.class)
			.single();
		Page page = browser.phonePage(PHONE_WIDTH, PHONE_HEIGHT);
		List<String> cspErrors = watchForCspErrors(page);

		for (String language : List.of("en", "zh-CN")) {
			page.navigate(url("/s/" + hotelId + "?lang=" + language));
			// The whole page fits the phone, the matrix's "Not used" column included.
			assertNoHorizontalScrolling(page);
			assertThat(page.locator("[data-key=aspects] table.matrix thead th.skip")).isVisible();
			Object right = page
				.evaluate("() => document.querySelector('[data-key=aspects] th.skip').getBoundingClientRect().right");
			assertThat(((Number) right).doubleValue()).as("right edge of the 'Not used' column")
				.isLessThanOrEqualTo(PHONE_WIDTH);
			// 0–10 in targets at least 44 px wide and high (two rows on a phone).
			Locator nps = page.locator("[data-key=nps] label.scale-option");
			assertThat(nps).hasCount(11);
			for (int i = 0; i < 11; i++) {
				var box = nps.nth(i).boundingBox();
				assertThat(box.width).as("width of NPS option %d", i).isGreaterThanOrEqualTo(44);
				assertThat(box.height).as("height of NPS option %d", i).isGreaterThanOrEqualTo(44);
				assertThat(box.x + box.width).as("right edge of NPS option %d", i).isLessThanOrEqualTo(PHONE_WIDTH);
			}
		}
		page.navigate(url("/s/" + hotelId + "?lang=en"));
		// The matrix says what 1 and 5 mean.
		assertThat(page.locator("[data-key=aspects] .scale-ends")).containsText("1 = Poor");
		assertThat(page.locator("[data-key=aspects] .scale-ends")).containsText("5 = Excellent");
		// The "stars" style: stars, lit up to the one chosen.
		Locator room = page.locator("[data-key=aspects] tr[data-rating-row]:has(#row-aspects-room)");
		assertThat(room.locator(".star")).hasCount(5);
		room.locator("label.cell:has(input[value='4'])").tap();
		assertThat(room.locator("input[value='4']")).isChecked();
		assertThat(room.locator("label.cell.lit")).hasCount(4);
		var star = room.locator("label.cell:has(input[value='1'])").boundingBox();
		assertThat(star.height).as("height of a star target").isGreaterThanOrEqualTo(44);
		page.locator("label.scale-option:has(input[name='q.nps'][value='3'])").tap();
		page.locator("label.scale-option:has(input[name='q.csat'][value='2'])").tap();
		BrowserSupport.screenshot(page, "respond-hotel-en-phone");
		page.locator("[data-testid=respond-submit]").tap();
		assertThat(page.locator("[data-testid=respond-thanks]")).isVisible();
		assertThat(jdbc.sql("""
				select a.number_value from response r join response_answer a on a.response_id = r.id
				where r.survey_id = :s and a.question_key = 'aspects' and a.row_key = 'room'""")
			.param("s", hotelSurvey)
			.query(Double.class)
			.list()).containsExactly(4.0);
		assertThat(cspErrors).as("Content-Security-Policy violations in the browser console").isEmpty();
	}

	/** An open survey from the hotel template, as a designer makes it. */
	private long openHotelSurvey(Actor designer) {
		long id = surveyDesigner.createFromTemplate(designer, "hotel-stay", null);
		surveyDesigner.open(designer, id, surveys.get(designer, id).revision());
		return id;
	}

	private static List<String> watchForCspErrors(Page page) {
		List<String> cspErrors = BrowserSupport.cspErrors(page);
		return cspErrors;
	}

	/** The page fits the phone's width: nothing makes the respondent scroll sideways. */
	private static void assertNoHorizontalScrolling(Page page) {
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("horizontal overflow in CSS pixels").isLessThanOrEqualTo(0);
	}

	/** Field names of the matrix rows, {@code q.touchpoints.tp_<id>}, in page order. */
	private static List<String> matrixRows(Page page) {
		Locator radios = page.locator("table.matrix input[type=radio][name^='q.touchpoints.tp_']");
		Set<String> names = new LinkedHashSet<>();
		for (int i = 0; i < radios.count(); i++) {
			names.add(radios.nth(i).getAttribute("name"));
		}
		return new ArrayList<>(names);
	}

	private static String rowKey(String fieldName) {
		return fieldName.substring("q.touchpoints.".length());
	}

	private long responses() {
		return jdbc.sql("select count(*) from response where survey_id = :survey")
			.param("survey", surveyId)
			.query(Long.class)
			.single();
	}

	private String field(long response, String name) {
		return jdbc.sql("select field_value from response_field where response_id = :r and name = :name")
			.param("r", response)
			.param("name", name)
			.query(String.class)
			.single();
	}

	private Double number(long response, String question, String row) {
		return jdbc.sql("""
				select number_value from response_answer
				where response_id = :r and question_key = :q and coalesce(row_key, '') = :row""")
			.param("r", response)
			.param("q", question)
			.param("row", row == null ? "" : row)
			.query(Double.class)
			.single();
	}

	private List<String> text(long response, String question) {
		return jdbc.sql("select text_value from response_answer where response_id = :r and question_key = :q")
			.param("r", response)
			.param("q", question)
			.query(String.class)
			.list();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
