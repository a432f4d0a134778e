package io.peakxm.journey.internal;

import java.util.List;

import io.peakxm.journey.JourneyDesign;
import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JourneyDocumentsTests {

	final JourneyTemplates templates = new JourneyTemplates();

	@Test
	void everyTemplateSurvivesAWriteReadRoundTrip() {
		for (JourneyTemplates.Template template : templates.list()) {
			JourneyDesign design = templates.design(template.key());
			assertThat(JourneyDocuments.read(JourneyDocuments.write(design))).isEqualTo(design);
		}
	}

	@Test
	void airlineTemplateHasTheSevenStagesAndTheFourteenSurveyTouchpointsInOrder() {
		JourneyDesign airline = templates.design("airline-trip");
		assertThat(airline.stages()).extracting(s -> s.name())
			.containsExactly("Book", "Check-in", "Security", "Boarding", "In-flight", "Arrival", "Baggage");
		assertThat(airline.touchpointsInOrder()).extracting(t -> t.nameEn())
			.containsSubsequence("Online booking", "Departure/arrival time convenience", "Check-in service",
					"Online boarding", "Gate location", "Inflight wifi service", "Baggage handling");
		assertThat(airline.touchpointsInOrder().get(airline.touchpointsInOrder().size() - 1).endMoment()).isTrue();
	}

	@Test
	void rejectsUnknownFieldNamingItsPath() {
		String json = """
				{"schema":"peakxm.journey/1","name":"X","stages":[{"name":"S","touchpoints":[{"nameEn":"A","mood":1}]}]}""";
		FieldViolation violation = violations(json).get(0);
		assertThat(violation.code()).isEqualTo("journey.import.unknownField");
		assertThat(violation.field()).isEqualTo("stages[0].touchpoints[0].mood");
	}

	@Test
	void rejectsOtherSchemaVersions() {
		FieldViolation violation = violations("{\"schema\":\"peakxm.journey/2\",\"name\":\"X\"}").get(0);
		assertThat(violation.code()).isEqualTo("journey.import.schema");
		assertThat(violation.args()).containsExactly("peakxm.journey/2", "peakxm.journey/1");
	}

	@Test
	void reportsMalformedJsonWithItsPosition() {
		FieldViolation violation = violations("{\"schema\":\"peakxm.journey/1\",\n\"name\": }").get(0);
		assertThat(violation.code()).isEqualTo("journey.import.malformed");
		assertThat(violation.args().get(0)).isEqualTo(2);
	}

	@Test
	void reportsEveryBrokenRuleAndUnknownValueAtOnce() {
		String json = """
				{"schema":"peakxm.journey/1","name":"X","stages":[{"name":"S","touchpoints":[
				  {"nameEn":"A","channel":"BUS","designedEmotion":5,"endMoment":true},
				  {"nameEn":"a","endMoment":true,"standards":[{"name":"Q","direction":"BELOW"}]}]}]}""";
		assertThat(violations(json)).extracting(FieldViolation::field)
			.containsExactlyInAnyOrder("stages[0].touchpoints[0].channel",
					"stages[0].touchpoints[1].standards[0].direction");
		String valid = json.replace("\"BUS\"", "\"WEB\"").replace("\"BELOW\"", "\"AT_MOST\"");
		assertThat(violations(valid)).extracting(FieldViolation::code)
			.containsExactlyInAnyOrder("journey.touchpoint.emotionRange", "journey.touchpoint.duplicateName",
					"journey.touchpoint.secondEndMoment", "journey.standard.targetRequired");
	}

	@Test
	void rejectsWrongTypes() {
		FieldViolation violation = violations("{\"schema\":\"peakxm.journey/1\",\"name\":\"X\",\"stages\":{}}").get(0);
		assertThat(violation.code()).isEqualTo("journey.import.wrongType");
		assertThat(violation.field()).isEqualTo("stages");
	}

	private static List<FieldViolation> violations(String json) {
		return catchThrowableOfType(InvalidInputException.class, () -> JourneyDocuments.read(json)).violations();
	}

}
