package io.peakxm.survey;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PeakXmIntegrationTest
class SurveyPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession designer;

	long airline;

	@BeforeEach
	void signIn() throws Exception {
		designer = TestUsers.signInDemo(mvc, Role.DESIGNER);
		airline = jdbc.sql("select min(id) from journey where name = 'Fly with us'").query(Long.class).single();
	}

	@Test
	void designerCreatesThePostFlightSurveyOpensItAndGetsItsCodes() throws Exception {
		String location = mvc
			.perform(post("/surveys").param("template", "post-flight")
				.param("journeyId", "" + airline)
				.session(designer)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(get("/surveys/" + id).session(designer))
			.andExpect(content().string(containsString("Inflight wifi service")))
			.andExpect(content().string(containsString("QR codes per touchpoint")));
		mvc.perform(post("/surveys/" + id + "/open").param("revision", "0").session(designer).with(csrf()))
			.andExpect(flash().attribute("success", "Survey open; responses answer version 1."));

		String publicId = jdbc.sql("select public_id from survey where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		long touchpoint = jdbc.sql("select min(t.id) from touchpoint t where t.journey_id = :j")
			.param("j", airline)
			.query(Long.class)
			.single();
		byte[] png = mvc.perform(get("/surveys/" + id + "/qr.png").param("tp", "" + touchpoint).session(designer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(decode(png)).isEqualTo("http://localhost/s/" + publicId + "?tp=" + touchpoint + "&ch=qr");
		mvc.perform(get("/surveys/" + id + "/qr.svg").session(designer))
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")));
		mvc.perform(get("/surveys/" + id + "/qr.png").param("tp", "987654").session(designer))
			.andExpect(status().isBadRequest());
	}

	@Test
	void brokenDefinitionJsonIsExplainedAndNothingChanges() throws Exception {
		long id = jdbc.sql("select min(id) from survey where status = 'DRAFT'").query(Long.class).single();
		int revision = jdbc.sql("select revision from survey where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		mvc.perform(post("/surveys/" + id + "/definition").param("revision", "" + revision)
			.param("definition",
					"{\"titleEn\":\"X\",\"questions\":[{\"key\":\"Bad Key\",\"type\":\"NPS\",\"textEn\":\"Q\"}]}")
			.session(designer)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("questions[0].key: Key &#39;Bad Key&#39; must start with a lower-case letter")));
		mvc.perform(post("/surveys/" + id + "/definition").param("revision", "" + revision)
			.param("definition", "{not json")
			.session(designer)
			.with(csrf())).andExpect(content().string(containsString("The definition is not valid JSON")));
		assertThat(jdbc.sql("select revision from survey where id = :id").param("id", id).query(Integer.class).single())
			.isEqualTo(revision);
	}

	@Test
	void viewersSeeSurveysButCannotOpenThem() throws Exception {
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.VIEWER);
		mvc.perform(get("/surveys").session(viewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Post-flight survey")));
		long id = jdbc.sql("select min(id) from survey where status = 'DRAFT'").query(Long.class).single();
		mvc.perform(post("/surveys/" + id + "/open").param("revision", "0").session(viewer).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aSurveyMadeFromATemplateOnThePageKeepsItsJourneyAndListsTheTouchpointsItDoesNotRate() throws Exception {
		long hotel = hotelJourney();
		long id = create("hotel-stay", hotel);
		assertThat(journeyOf(id)).isEqualTo(hotel);
		String html = mvc.perform(get("/surveys/" + id).session(designer))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html)
			.contains("data-testid=\"journey-coverage\"", "data-journey-id=\"" + hotel + "\"",
					"data-touchpoints=\"14\"", "data-rated=\"7\"", "data-testid=\"unrated-touchpoints\"")
			.doesNotContain("data-testid=\"unlinked-rows\"", "data-testid=\"no-journey\"");
		assertThat(html.split("data-touchpoint-id=", -1)).hasSize(8);
		assertThat(html).contains("<option value=\"" + hotel + "\" selected=\"selected\">Hotel stay</option>");

		long blank = create("blank", hotel);
		assertThat(journeyOf(blank)).isEqualTo(hotel);
		mvc.perform(get("/surveys/" + blank).session(designer))
			.andExpect(content().string(containsString("data-rated=\"0\"")));
	}

	@Test
	void choosingTheJourneyOnTheSurveyPageTiesTheRowsToItsTouchpointsByName() throws Exception {
		long id = create("restaurant-visit", null);
		mvc.perform(get("/surveys/" + id).session(designer))
			.andExpect(content().string(containsString("data-testid=\"no-journey\"")));
		long restaurant = journeyFromTemplate("restaurant-visit");
		mvc.perform(post("/surveys/" + id + "/settings").session(designer)
			.with(csrf())
			.param("revision", "0")
			.param("titleEn", "Dinner at Luigi's")
			.param("titleZh", "")
			.param("journeyId", "" + restaurant)).andExpect(redirectedUrl("/surveys/" + id));
		assertThat(journeyOf(id)).isEqualTo(restaurant);
		assertThat(linkedRows(id)).isEqualTo(8);
		assertThat(
				jdbc.sql("select definition from survey where id = :id").param("id", id).query(String.class).single())
			.contains("\"titleEn\":\"Dinner at Luigi's\"", "\"titleZh\":null");

		mvc.perform(post("/surveys/" + id + "/settings").session(designer)
			.with(csrf())
			.param("revision", "1")
			.param("titleEn", "Dinner at Luigi's")
			.param("journeyId", "" + airline)).andExpect(redirectedUrl("/surveys/" + id));
		assertThat(linkedRows(id)).isZero();
		mvc.perform(get("/surveys/" + id).session(designer))
			.andExpect(content().string(containsString("data-testid=\"unlinked-rows\"")));

		mvc.perform(post("/surveys/" + id + "/settings").session(designer)
			.with(csrf())
			.param("revision", "2")
			.param("titleEn", "")
			.param("titleZh", "")
			.param("journeyId", "" + airline))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the survey a title in English or Chinese.")));
		assertThat(jdbc.sql("select revision from survey where id = :id").param("id", id).query(Integer.class).single())
			.isEqualTo(2);
	}

	@Test
	void savingAnOpenSurveyWithoutAChangeSaysSo() throws Exception {
		long id = create("service-contact-ces", null);
		mvc.perform(post("/surveys/" + id + "/open").param("revision", "0").session(designer).with(csrf()));
		mvc.perform(post("/surveys/" + id + "/settings").session(designer)
			.with(csrf())
			.param("revision", "1")
			.param("titleEn", "Effort after a service contact")
			.param("titleZh", "服务接触后的费力度")
			.param("thankYouEn", "Thank you!")
			.param("thankYouZh", "谢谢！")
			.header("Referer", "http://localhost/surveys/" + id))
			.andExpect(redirectedUrl("/surveys/" + id))
			.andExpect(flash().attribute("error", "Nothing changed since version 1: no new version was published."));
		assertThat(jdbc.sql("select count(*) from survey_version where survey_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private long create(String template, Long journey) throws Exception {
		String location = mvc
			.perform(post("/surveys").param("template", template)
				.param("journeyId", journey == null ? "" : "" + journey)
				.session(designer)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long hotelJourney() throws Exception {
		return journeyFromTemplate("hotel-stay");
	}

	private long journeyFromTemplate(String template) throws Exception {
		String location = mvc.perform(post("/journeys").param("template", template).session(designer).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private Long journeyOf(long survey) throws Exception {
		String definition = jdbc.sql("select definition from survey where id = :id")
			.param("id", survey)
			.query(String.class)
			.single();
		var journey = tools.jackson.databind.json.JsonMapper.builder().build().readTree(definition).get("journeyId");
		return journey == null || journey.isNull() ? null : journey.asLong();
	}

	private long linkedRows(long survey) {
		String definition = jdbc.sql("select definition from survey where id = :id")
			.param("id", survey)
			.query(String.class)
			.single();
		long[] linked = { 0 };
		tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(definition)
			.get("questions")
			.forEach(q -> q.path("rows").forEach(r -> linked[0] += r.path("touchpointId").isNumber() ? 1 : 0));
		return linked[0];
	}

	private static String decode(byte[] png) throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		var bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		return new QRCodeReader().decode(bitmap).getText();
	}

}
