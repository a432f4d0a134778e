package io.peakxm.survey.internal;

import java.util.List;

import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.WellFormedTextModule;
import io.peakxm.survey.ChoiceOption;
import io.peakxm.survey.Question;
import io.peakxm.survey.SurveyDefinition;
import io.peakxm.survey.SurveyRules;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The survey exchange file, schema {@code peakxm.survey/1} (docs/survey-json.md): the
 * definition, strictly read. Journey and touchpoint ids belong to a workspace, so an
 * imported survey arrives without them.
 */
public final class SurveyDocuments {

	public static final String SCHEMA = "peakxm.survey/1";

	public static final int MAX_FILE_CHARS = 1_000_000;

	/** The file: its schema and the definition. */
	public record SurveyDocument(String schema, SurveyDefinition definition) {
	}

	private static final JsonMapper STRICT = JsonMapper.builder()
		.addModule(new WellFormedTextModule())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private SurveyDocuments() {
	}

	public static String write(SurveyDefinition definition) {
		return STRICT.writeValueAsString(new SurveyDocument(SCHEMA, definition));
	}

	public static SurveyDefinition read(String json) {
		if (json == null || json.isBlank()) {
			throw InvalidInputException.of("file", "journey.import.empty");
		}
		if (json.length() > MAX_FILE_CHARS) {
			throw InvalidInputException.of("file", "journey.import.tooLarge", MAX_FILE_CHARS);
		}
		SurveyDocument document;
		try {
			document = STRICT.readValue(json, SurveyDocument.class);
		}
		catch (WellFormedTextModule.MalformedText ex) {
			throw new InvalidInputException(List.of(ex.violation()));
		}
		catch (UnrecognizedPropertyException ex) {
			throw InvalidInputException.of("file", "journey.import.unknownField", ex.getPropertyName());
		}
		catch (StreamReadException ex) {
			var location = ex.getLocation();
			throw InvalidInputException.of("file", "journey.import.malformed",
					location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr());
		}
		catch (DatabindException ex) {
			throw InvalidInputException.of("file", "journey.import.wrongType");
		}
		catch (JacksonException ex) {
			throw InvalidInputException.of("file", "journey.import.malformed", 0, 0);
		}
		if (document == null || !SCHEMA.equals(document.schema())) {
			throw InvalidInputException.of("schema", "journey.import.schema",
					String.valueOf(document == null ? null : document.schema()), SCHEMA);
		}
		if (document.definition() == null) {
			throw InvalidInputException.of("definition", "validation.required");
		}
		SurveyDefinition definition = withoutWorkspaceIds(document.definition());
		SurveyRules.check(definition);
		return definition;
	}

	private static SurveyDefinition withoutWorkspaceIds(SurveyDefinition d) {
		List<Question> questions = d.questions()
			.stream()
			.map(q -> q.toBuilder()
				.touchpoint(null)
				.rows(q.rows().stream().map(r -> new ChoiceOption(r.key(), r.labelEn(), r.labelZh(), null)).toList())
				.build())
			.toList();
		return new SurveyDefinition(d.titleEn(), d.titleZh(), d.introEn(), d.introZh(), d.thankYouEn(), d.thankYouZh(),
				null, questions);
	}

}
