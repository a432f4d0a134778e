package io.peakxm.journey.internal;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The journey exchange file, schema {@code peakxm.journey/1} (docs/journey-json.md).
 * Enumerations are strings here so that an unknown value is reported with its path
 * instead of failing the whole parse.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "schema", "name", "nameZh", "description", "targetSegment", "goal", "stages" })
public record JourneyDocument(String schema, String name, String nameZh, String description, String targetSegment,
		String goal, List<StageDocument> stages) {

	public static final String SCHEMA = "peakxm.journey/1";

	/** A stage with its blueprint lanes. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record StageDocument(String name, String nameZh, String customerActions, String frontstage, String backstage,
			String supportProcesses, String physicalEvidence, List<TouchpointDocument> touchpoints) {
	}

	/** A touchpoint. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record TouchpointDocument(String nameEn, String nameZh, String description, String channel, String ownerTeam,
			List<String> keywordsEn, List<String> keywordsZh, Integer designedEmotion, Boolean designedPeak,
			Boolean endMoment, List<StandardDocument> standards) {
	}

	/** A service standard. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record StandardDocument(String name, String measure, String unit, BigDecimal target, String direction,
			String compliance) {
	}
}
