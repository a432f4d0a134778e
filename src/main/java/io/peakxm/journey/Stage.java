package io.peakxm.journey;

import java.util.List;

import io.peakxm.shared.LocalizedText;

/**
 * An ordered phase of a journey with its service-blueprint lanes and its touchpoints in
 * order. {@code id} is null until saved.
 */
public record Stage(Long id, String name, String nameZh, String customerActions, String frontstage, String backstage,
		String supportProcesses, String physicalEvidence, List<Touchpoint> touchpoints) {

	public Stage {
		touchpoints = touchpoints == null ? List.of() : List.copyOf(touchpoints);
	}

	/** Lane names in blueprint order. */
	public static final List<String> LANES = List.of("customerActions", "frontstage", "backstage", "supportProcesses",
			"physicalEvidence");

	/** The blueprint lanes by name, in blueprint order (values may be null). */
	public java.util.Map<String, String> lanes() {
		java.util.Map<String, String> lanes = new java.util.LinkedHashMap<>();
		lanes.put("customerActions", customerActions);
		lanes.put("frontstage", frontstage);
		lanes.put("backstage", backstage);
		lanes.put("supportProcesses", supportProcesses);
		lanes.put("physicalEvidence", physicalEvidence);
		return lanes;
	}

	/**
	 * The name in both languages, for the edge to show in the reader's ({@code name} is
	 * the English one, as the published journey JSON names it).
	 */
	public LocalizedText displayName() {
		return new LocalizedText(name, nameZh);
	}

	public Stage withTouchpoints(List<Touchpoint> newTouchpoints) {
		return new Stage(id, name, nameZh, customerActions, frontstage, backstage, supportProcesses, physicalEvidence,
				newTouchpoints);
	}

	public Stage withContent(Stage content) {
		return new Stage(id, content.name, content.nameZh, content.customerActions, content.frontstage,
				content.backstage, content.supportProcesses, content.physicalEvidence, touchpoints);
	}
}
