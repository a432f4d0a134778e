package io.peakxm.journey.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.peakxm.journey.Channel;
import io.peakxm.journey.ComplianceSource;
import io.peakxm.journey.ServiceStandard;
import io.peakxm.journey.Stage;
import io.peakxm.journey.StandardDirection;
import io.peakxm.journey.Touchpoint;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.Violations;

/**
 * What the journey pages and the REST API send for stages and touchpoints, and how it
 * becomes the model.
 */
final class JourneyInputs {

	private JourneyInputs() {
	}

	/** A stage's content. */
	record StageInput(Integer revision, String name, String nameZh, String customerActions, String frontstage,
			String backstage, String supportProcesses, String physicalEvidence) {

		Stage toStage() {
			return new Stage(null, name, nameZh, customerActions, frontstage, backstage, supportProcesses,
					physicalEvidence, List.of());
		}
	}

	/** A touchpoint's content with its standards. */
	record TouchpointInput(Integer revision, String nameEn, String nameZh, String description, String channel,
			String ownerTeam, Long ownerUserId, List<String> keywordsEn, List<String> keywordsZh,
			Integer designedEmotion, Boolean designedPeak, Boolean endMoment, List<StandardInput> standards) {

		Touchpoint toTouchpoint() {
			Violations violations = new Violations();
			Channel parsedChannel = violations.enumValue("channel", Channel.class, channel, Channel.OTHER);
			List<ServiceStandard> parsed = new ArrayList<>();
			List<StandardInput> inputs = standards == null ? List.of() : standards;
			for (int i = 0; i < inputs.size(); i++) {
				parsed.add(inputs.get(i).toStandard("standards[" + i + "]", violations));
			}
			violations.throwIfAny();
			return new Touchpoint(null, nameEn, nameZh, description, parsedChannel, ownerTeam, ownerUserId,
					clean(keywordsEn), clean(keywordsZh), designedEmotion == null ? 0 : designedEmotion,
					Boolean.TRUE.equals(designedPeak), Boolean.TRUE.equals(endMoment), parsed);
		}
	}

	/** A service standard; {@code id} keeps an existing standard's identity. */
	record StandardInput(Long id, String name, String measure, String unit, BigDecimal target, String direction,
			String compliance) {

		ServiceStandard toStandard(String path, Violations violations) {
			if (direction == null || direction.isBlank()) {
				violations.add(path + ".direction", "journey.standard.directionRequired");
			}
			StandardDirection parsedDirection = violations.enumValue(path + ".direction", StandardDirection.class,
					direction, null);
			ComplianceSource source = violations.enumValue(path + ".compliance", ComplianceSource.class, compliance,
					ComplianceSource.NOT_SET);
			return new ServiceStandard(id, name, measure, unit, target, parsedDirection, source);
		}
	}

	static int requireRevision(Integer revision) {
		if (revision == null) {
			throw InvalidInputException.of("revision", "journey.revisionRequired");
		}
		return revision;
	}

	/**
	 * Keywords typed as one text: separated by commas (also Chinese ones) or new lines.
	 */
	static List<String> splitKeywords(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,，、\\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	private static List<String> clean(List<String> keywords) {
		return keywords == null ? List.of()
				: keywords.stream().filter(k -> k != null && !k.isBlank()).map(String::trim).toList();
	}

}
