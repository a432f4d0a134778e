package io.peakxm.journey.internal;

import java.util.ArrayList;
import java.util.List;

import io.peakxm.journey.Channel;
import io.peakxm.journey.ComplianceSource;
import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.JourneyRules;
import io.peakxm.journey.ServiceStandard;
import io.peakxm.journey.Stage;
import io.peakxm.journey.StandardDirection;
import io.peakxm.journey.Touchpoint;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.JsonPaths;
import io.peakxm.shared.Violations;
import io.peakxm.shared.WellFormedTextModule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes journey files. Reading is strict: unknown fields, a wrong schema,
 * wrong types and broken journey rules are all reported with the JSON path where they
 * occur, and nothing partial is returned.
 */
public final class JourneyDocuments {

	public static final int MAX_FILE_CHARS = 1_000_000;

	private static final JsonMapper STRICT = JsonMapper.builder()
		.addModule(new WellFormedTextModule())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private JourneyDocuments() {
	}

	public static String write(JourneyDesign design) {
		return STRICT.writeValueAsString(toDocument(design));
	}

	/** Parses and checks a file; the design has no ids yet. */
	public static JourneyDesign read(String json) {
		if (json == null || json.isBlank()) {
			throw InvalidInputException.of("file", "journey.import.empty");
		}
		if (json.length() > MAX_FILE_CHARS) {
			throw InvalidInputException.of("file", "journey.import.tooLarge", MAX_FILE_CHARS);
		}
		JourneyDocument document;
		try {
			document = STRICT.readValue(json, JourneyDocument.class);
		}
		catch (WellFormedTextModule.MalformedText ex) {
			throw new InvalidInputException(List.of(ex.violation()));
		}
		catch (UnrecognizedPropertyException ex) {
			throw InvalidInputException.of(JsonPaths.of(ex, "file"), "journey.import.unknownField",
					ex.getPropertyName());
		}
		catch (StreamReadException ex) {
			var location = ex.getLocation();
			throw InvalidInputException.of("file", "journey.import.malformed",
					location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr());
		}
		catch (DatabindException ex) {
			throw InvalidInputException.of(JsonPaths.of(ex, "file"), "journey.import.wrongType");
		}
		catch (JacksonException ex) {
			throw InvalidInputException.of("file", "journey.import.malformed", 0, 0);
		}
		if (document == null) {
			throw InvalidInputException.of("file", "journey.import.empty");
		}
		return fromDocument(document);
	}

	public static JourneyDocument toDocument(JourneyDesign design) {
		return new JourneyDocument(JourneyDocument.SCHEMA, design.name(), design.nameZh(), design.description(),
				design.targetSegment(), design.goal(),
				design.stages()
					.stream()
					.map(s -> new JourneyDocument.StageDocument(s.name(), s.nameZh(), s.customerActions(),
							s.frontstage(), s.backstage(), s.supportProcesses(), s.physicalEvidence(),
							s.touchpoints().stream().map(JourneyDocuments::toDocument).toList()))
					.toList());
	}

	private static JourneyDocument.TouchpointDocument toDocument(Touchpoint t) {
		return new JourneyDocument.TouchpointDocument(t.nameEn(), t.nameZh(), t.description(), t.channel().name(),
				t.ownerTeam(), t.keywordsEn(), t.keywordsZh(), t.designedEmotion(), t.designedPeak(), t.endMoment(),
				t.standards()
					.stream()
					.map(d -> new JourneyDocument.StandardDocument(d.name(), d.measure(), d.unit(), d.target(),
							d.direction().name(), d.compliance().name()))
					.toList());
	}

	/** Converts and checks a document as a whole; every problem is reported at once. */
	public static JourneyDesign fromDocument(JourneyDocument document) {
		Violations violations = new Violations();
		if (!JourneyDocument.SCHEMA.equals(document.schema())) {
			violations.add("schema", "journey.import.schema", String.valueOf(document.schema()),
					JourneyDocument.SCHEMA);
			violations.throwIfAny();
		}
		List<Stage> stages = new ArrayList<>();
		List<JourneyDocument.StageDocument> stageDocs = document.stages() == null ? List.of() : document.stages();
		for (int s = 0; s < stageDocs.size(); s++) {
			JourneyDocument.StageDocument sd = stageDocs.get(s);
			if (sd == null) {
				violations.add("stages[" + s + "]", "journey.import.nullItem");
				continue;
			}
			List<Touchpoint> touchpoints = new ArrayList<>();
			List<JourneyDocument.TouchpointDocument> tds = sd.touchpoints() == null ? List.of() : sd.touchpoints();
			for (int t = 0; t < tds.size(); t++) {
				String path = "stages[" + s + "].touchpoints[" + t + "]";
				JourneyDocument.TouchpointDocument td = tds.get(t);
				if (td == null) {
					violations.add(path, "journey.import.nullItem");
					continue;
				}
				touchpoints.add(fromDocument(td, path, violations));
			}
			stages.add(new Stage(null, sd.name(), sd.nameZh(), sd.customerActions(), sd.frontstage(), sd.backstage(),
					sd.supportProcesses(), sd.physicalEvidence(), touchpoints));
		}
		violations.throwIfAny();
		JourneyDesign design = new JourneyDesign(document.name(), document.nameZh(), document.description(),
				document.targetSegment(), document.goal(), stages);
		JourneyRules.check(design);
		return design;
	}

	private static Touchpoint fromDocument(JourneyDocument.TouchpointDocument td, String path, Violations violations) {
		Channel channel = violations.enumValue(path + ".channel", Channel.class, td.channel(), Channel.OTHER);
		List<ServiceStandard> standards = new ArrayList<>();
		List<JourneyDocument.StandardDocument> sds = td.standards() == null ? List.of() : td.standards();
		for (int i = 0; i < sds.size(); i++) {
			JourneyDocument.StandardDocument sd = sds.get(i);
			String standardPath = path + ".standards[" + i + "]";
			if (sd == null) {
				violations.add(standardPath, "journey.import.nullItem");
				continue;
			}
			StandardDirection direction = violations.enumValue(standardPath + ".direction", StandardDirection.class,
					sd.direction(), null);
			ComplianceSource compliance = violations.enumValue(standardPath + ".compliance", ComplianceSource.class,
					sd.compliance(), ComplianceSource.NOT_SET);
			standards
				.add(new ServiceStandard(null, sd.name(), sd.measure(), sd.unit(), sd.target(), direction, compliance));
		}
		return new Touchpoint(null, td.nameEn(), td.nameZh(), td.description(), channel, td.ownerTeam(), null,
				td.keywordsEn(), td.keywordsZh(), td.designedEmotion() == null ? 0 : td.designedEmotion(),
				Boolean.TRUE.equals(td.designedPeak()), Boolean.TRUE.equals(td.endMoment()), standards);
	}

}
