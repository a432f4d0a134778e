package io.peakxm.journey;

import java.util.List;

/**
 * An ordered phase of a journey with its service-blueprint lanes and its touchpoints in order. {@code id} is
 * null until saved.
 */
public record Stage(Long id, String name, String nameZh, String customerActions, String frontstage,
		String backstage, String supportProcesses, String physicalEvidence, List<Touchpoint> touchpoints) {

	public Stage {
		touchpoints = touchpoints == null ? List.of() : List.copyOf(touchpoints);
	}

	public String name(boolean chinese) {
		return chinese && nameZh != null && !nameZh.isBlank() ? nameZh : name;
	}

	public Stage withTouchpoints(List<Touchpoint> newTouchpoints) {
		return new Stage(id, name, nameZh, customerActions, frontstage, backstage, supportProcesses,
				physicalEvidence, newTouchpoints);
	}

	public Stage withContent(Stage content) {
		return new Stage(id, content.name, content.nameZh, content.customerActions, content.frontstage,
				content.backstage, content.supportProcesses, content.physicalEvidence, touchpoints);
	}
}
