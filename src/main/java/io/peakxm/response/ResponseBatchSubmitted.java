package io.peakxm.response;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Responses committed together in one transaction (by the response writer's group
 * commit), published in that transaction next to their {@link ResponseSubmitted} events.
 * For listeners that handle many responses at once (rollups): one event publication per
 * batch and listener instead of one per response, delivered after a crash and exactly
 * once like any other. Listeners that need one response at a time use
 * {@link ResponseSubmitted}.
 * <p>
 * {@code contents} carries what of each response aggregates — its hidden fields and its
 * scale, number and choice answers, not free text — so that an aggregating listener need
 * not read the rows back. Events recorded before contents were added have none: a
 * listener reads those responses from the database.
 */
public record ResponseBatchSubmitted(List<ResponseSubmitted> responses, List<Contents> contents) {

	public ResponseBatchSubmitted {
		responses = List.copyOf(responses);
		contents = contents == null ? List.of() : List.copyOf(contents);
	}

	/**
	 * A response's hidden fields and the answers that aggregate (question type by name,
	 * as stored).
	 */
	public record Contents(long responseId, Map<String, String> fields, List<Scored> answers) {

		public Contents {
			fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
			answers = answers == null ? List.of() : List.copyOf(answers);
		}
	}

	/**
	 * A scale, number or choice answer: a number (with its matrix row, if any) or a
	 * chosen option.
	 */
	public record Scored(String questionKey, String type, String rowKey, String optionKey, Double number) {
	}

	/**
	 * The contents this event carries, by response id (empty for events recorded without
	 * them).
	 */
	public Map<Long, Contents> contentsById() {
		Map<Long, Contents> byId = new HashMap<>();
		contents.forEach(c -> byId.put(c.responseId(), c));
		return byId;
	}
}
