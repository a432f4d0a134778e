package io.peakxm.shared;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class WellFormedTextModuleTests {

	static final JsonMapper MAPPER = WellFormedTextModule.checking(JsonMapper.builder().build());

	record Touchpoint(String name, List<String> keywords) {
	}

	record Stage(String name, List<Touchpoint> touchpoints, Map<String, String> fields, Map<String, Object> answers) {
	}

	@Test
	void wellFormedTextIsReadAsBefore() {
		Stage stage = MAPPER.readValue("{\"name\":\"Check-in 值机 \\ud83d\\ude00\",\"fields\":{\"cabin\":\"J\"}}",
				Stage.class);
		assertThat(stage.name()).isEqualTo("Check-in 值机 😀");
		assertThat(stage.fields()).containsEntry("cabin", "J");
	}

	@Test
	void aMalformedStringIsNamedByItsJsonPath() {
		assertThat(fieldOf("{\"name\":\"a\\u0000\"}")).isEqualTo("name");
		assertThat(fieldOf("{\"touchpoints\":[{\"name\":\"ok\"},{\"name\":\"\\ud800\"}]}"))
			.isEqualTo("touchpoints[1].name");
		assertThat(fieldOf("{\"touchpoints\":[{\"keywords\":[\"ok\",\"\\u0007\"]}]}"))
			.isEqualTo("touchpoints[0].keywords[1]");
		assertThat(fieldOf("{\"fields\":{\"cabin\":\"\\u0000\"}}")).isEqualTo("fields.cabin");
		assertThat(fieldOf("{\"answers\":{\"nps\":9,\"comment\":\"\\u0000\"}}")).isEqualTo("answers.comment");
		assertThat(fieldOf("{\"answers\":{\"matrix\":{\"row\":[\"\\udc00\"]}}}")).isEqualTo("answers.matrix");
	}

	@Test
	void aMalformedMapKeyIsNamedByTheMapItIsIn() {
		assertThat(fieldOf("{\"fields\":{\"ca\\u0000bin\":\"J\"}}")).isEqualTo("fields");
		assertThat(fieldOf("{\"answers\":{\"nps\\u0000\":9}}")).isEqualTo("answers");
		assertThat(fieldOf("{\"answers\":{\"matrix\":{\"r\\u0000\":1}}}")).isEqualTo("answers.matrix");
	}

	@Test
	void otherReadFailuresAreNotMistakenForMalformedText() {
		Throwable failure = catchThrowable(() -> MAPPER.readValue("{\"touchpoints\":\"x\"}", Stage.class));
		assertThat(failure).isNotNull();
		assertThat(WellFormedTextModule.violation(failure)).isEmpty();
		assertThat(MAPPER.readValue("[\"a\"]", new TypeReference<List<String>>() {
		})).containsExactly("a");
	}

	private static String fieldOf(String json) {
		Throwable failure = catchThrowable(() -> MAPPER.readValue(json, Stage.class));
		assertThat(failure).as(json).isNotNull();
		FieldViolation violation = WellFormedTextModule.violation(failure).orElseThrow();
		assertThat(violation.code()).isEqualTo(WellFormedText.CODE);
		return violation.field();
	}

}
