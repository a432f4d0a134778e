package io.peakxm.survey.internal;

import java.util.List;

import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.Stage;
import io.peakxm.journey.Touchpoint;
import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.survey.SurveyDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SurveyDocumentsTests {

	@Test
	void everyTemplateSurvivesAWriteReadRoundTripWithoutWorkspaceIds() {
		JourneyDesign journey = new JourneyDesign("Trip", null, null, null, null, List
			.of(new Stage(1L, "S", null, null, null, null, null, null, List
				.of(new Touchpoint(7L, "Check-in", "值机", null, null, null, null, null, null, 0, false, true, null)))));
		for (SurveyTemplates.Template template : SurveyTemplates.ALL) {
			SurveyDefinition definition = SurveyTemplates.build(template.key(), 3L, journey);
			SurveyDefinition back = SurveyDocuments.read(SurveyDocuments.write(definition));
			assertThat(back.journeyId()).isNull();
			assertThat(back.measuredTouchpoints()).isEmpty();
			assertThat(back.questions()).extracting(q -> q.key())
				.isEqualTo(definition.questions().stream().map(q -> q.key()).toList());
			assertThat(SurveyDocuments.read(SurveyDocuments.write(back))).isEqualTo(back);
		}
	}

	@Test
	void rejectsUnknownFieldsOtherSchemasAndBrokenRules() {
		assertThat(violation("{\"schema\":\"peakxm.survey/1\",\"definition\":{\"titleEn\":\"X\",\"colour\":1}}").code())
			.isEqualTo("journey.import.unknownField");
		assertThat(violation("{\"schema\":\"peakxm.survey/2\",\"definition\":{\"titleEn\":\"X\"}}").code())
			.isEqualTo("journey.import.schema");
		assertThat(violation("{\"schema\":\"peakxm.survey/1\",\"definition\":{\"titleEn\":\"X\",\"questions\":"
				+ "[{\"key\":\"q\",\"type\":\"SINGLE_CHOICE\",\"textEn\":\"Pick\",\"options\":[]}]}}")
			.code()).isEqualTo("survey.question.tooFewOptions");
	}

	private static FieldViolation violation(String json) {
		return catchThrowableOfType(InvalidInputException.class, () -> SurveyDocuments.read(json)).violations().get(0);
	}

}
