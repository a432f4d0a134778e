package io.peakxm.response;

import java.time.Instant;

/**
 * Narrows the responses of a survey: period [from, to), channel, touchpoint, a score range on one scored
 * question, a hidden field value, and text contained in any text answer. Null means "any".
 */
public record ResponseFilter(Instant from, Instant to, Channel channel, Long touchpointId, String scoreQuestion,
		Double scoreMin, Double scoreMax, String fieldName, String fieldValue, String text) {

	public static ResponseFilter none() {
		return new ResponseFilter(null, null, null, null, null, null, null, null, null, null);
	}
}
