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
		String location = mvc.perform(post("/surveys").param("template", "post-flight").param("journeyId", "" + airline)
				.session(designer).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(get("/surveys/" + id).session(designer))
			.andExpect(content().string(containsString("Inflight wifi service")))
			.andExpect(content().string(containsString("QR codes per touchpoint")));
		mvc.perform(post("/surveys/" + id + "/open").param("revision", "0").session(designer).with(csrf()))
			.andExpect(flash().attribute("success", "Survey open; responses answer version 1."));

		String publicId = jdbc.sql("select public_id from survey where id = :id").param("id", id).query(String.class).single();
		long touchpoint = jdbc.sql("select min(t.id) from touchpoint t where t.journey_id = :j").param("j", airline)
			.query(Long.class).single();
		byte[] png = mvc.perform(get("/surveys/" + id + "/qr.png").param("tp", "" + touchpoint).session(designer))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(decode(png)).isEqualTo("http://localhost/s/" + publicId + "?tp=" + touchpoint + "&ch=qr");
		mvc.perform(get("/surveys/" + id + "/qr.svg").session(designer))
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")));
		mvc.perform(get("/surveys/" + id + "/qr.png").param("tp", "987654").session(designer))
			.andExpect(status().isBadRequest());
	}

	@Test
	void brokenDefinitionJsonIsExplainedAndNothingChanges() throws Exception {
		long id = jdbc.sql("select min(id) from survey where status = 'DRAFT'").query(Long.class).single();
		int revision = jdbc.sql("select revision from survey where id = :id").param("id", id).query(Integer.class).single();
		mvc.perform(post("/surveys/" + id + "/definition").param("revision", "" + revision)
				.param("definition", "{\"titleEn\":\"X\",\"questions\":[{\"key\":\"Bad Key\",\"type\":\"NPS\",\"textEn\":\"Q\"}]}")
				.session(designer).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("questions[0].key: Key &#39;Bad Key&#39; must start with a lower-case letter")));
		mvc.perform(post("/surveys/" + id + "/definition").param("revision", "" + revision).param("definition", "{not json")
				.session(designer).with(csrf()))
			.andExpect(content().string(containsString("The definition is not valid JSON")));
		assertThat(jdbc.sql("select revision from survey where id = :id").param("id", id).query(Integer.class).single())
			.isEqualTo(revision);
	}

	@Test
	void viewersSeeSurveysButCannotOpenThem() throws Exception {
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.VIEWER);
		mvc.perform(get("/surveys").session(viewer)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Post-flight survey")));
		long id = jdbc.sql("select min(id) from survey where status = 'DRAFT'").query(Long.class).single();
		mvc.perform(post("/surveys/" + id + "/open").param("revision", "0").session(viewer).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private static String decode(byte[] png) throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		return new QRCodeReader().decode(bitmap).getText();
	}
}
