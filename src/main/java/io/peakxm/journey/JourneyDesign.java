package io.peakxm.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.peakxm.shared.LocalizedText;

/**
 * What a designer describes: the journey's header and its stages with touchpoints, in
 * order. Immutable: every edit returns a new design, which {@link JourneyRules} then
 * checks as a whole. Stages and touchpoints are addressed by id (edits apply to saved
 * designs, whose items all have ids).
 */
public record JourneyDesign(String name, String nameZh, String description, String targetSegment, String goal,
		List<Stage> stages) {

	public JourneyDesign {
		stages = stages == null ? List.of() : List.copyOf(stages);
	}

	/**
	 * The journey's name in both languages, for the edge to show in the reader's
	 * ({@code name} is the English one, as the published journey JSON names it).
	 */
	public LocalizedText displayName() {
		return new LocalizedText(name, nameZh);
	}

	/** Every touchpoint in journey order: stage by stage, in order within each stage. */
	public List<Touchpoint> touchpointsInOrder() {
		return stages.stream().flatMap(s -> s.touchpoints().stream()).toList();
	}

	public Optional<Touchpoint> touchpoint(long touchpointId) {
		return touchpointsInOrder().stream().filter(t -> t.id() != null && t.id() == touchpointId).findFirst();
	}

	public Optional<Stage> stage(long stageId) {
		return stages.stream().filter(s -> s.id() != null && s.id() == stageId).findFirst();
	}

	/** The id of the stage a touchpoint is in. */
	public long stageOf(long touchpointId) {
		return stages.stream()
			.filter(s -> s.touchpoints().stream().anyMatch(t -> isTouchpoint(t, touchpointId)))
			.findFirst()
			.map(Stage::id)
			.orElseThrow(() -> new io.peakxm.shared.NotFoundException("journey.touchpoint.notFound"));
	}

	public JourneyDesign withHeader(String newName, String newNameZh, String newDescription, String newSegment,
			String newGoal) {
		return new JourneyDesign(newName, newNameZh, newDescription, newSegment, newGoal, stages);
	}

	public JourneyDesign withStages(List<Stage> newStages) {
		return new JourneyDesign(name, nameZh, description, targetSegment, goal, newStages);
	}

	public JourneyDesign addStage(Stage stage) {
		List<Stage> result = new ArrayList<>(stages);
		result.add(stage);
		return withStages(result);
	}

	public JourneyDesign updateStage(long stageId, Stage content) {
		requireStage(stageId);
		return withStages(stages.stream().map(s -> isStage(s, stageId) ? s.withContent(content) : s).toList());
	}

	/** Removes a stage with its touchpoints. */
	public JourneyDesign removeStage(long stageId) {
		requireStage(stageId);
		return withStages(stages.stream().filter(s -> !isStage(s, stageId)).toList());
	}

	/** Moves a stage to a position (0-based, clamped to the ends). */
	public JourneyDesign moveStage(long stageId, int position) {
		Stage stage = requireStage(stageId);
		List<Stage> result = new ArrayList<>(stages);
		result.remove(stage);
		result.add(clamp(position, result.size()), stage);
		return withStages(result);
	}

	/**
	 * Adds a touchpoint at the end of a stage; a new end moment takes the flag from the
	 * old one.
	 */
	public JourneyDesign addTouchpoint(long stageId, Touchpoint touchpoint) {
		requireStage(stageId);
		JourneyDesign base = touchpoint.endMoment() ? clearEndMoment(null) : this;
		return base.mapStage(stageId, s -> {
			List<Touchpoint> list = new ArrayList<>(s.touchpoints());
			list.add(touchpoint);
			return s.withTouchpoints(list);
		});
	}

	/**
	 * Replaces a touchpoint's content, keeping its id; a new end moment takes the flag
	 * from the old one.
	 */
	public JourneyDesign updateTouchpoint(long touchpointId, Touchpoint content) {
		requireTouchpoint(touchpointId);
		JourneyDesign base = content.endMoment() ? clearEndMoment(touchpointId) : this;
		return base.mapTouchpoints(t -> isTouchpoint(t, touchpointId) ? content.withId(t.id()) : t);
	}

	public JourneyDesign removeTouchpoint(long touchpointId) {
		requireTouchpoint(touchpointId);
		return withStages(stages.stream()
			.map(s -> s.withTouchpoints(s.touchpoints().stream().filter(t -> !isTouchpoint(t, touchpointId)).toList()))
			.toList());
	}

	/**
	 * Moves a touchpoint into a stage (its own or another) at a position (0-based,
	 * clamped).
	 */
	public JourneyDesign moveTouchpoint(long touchpointId, long targetStageId, int position) {
		Touchpoint touchpoint = requireTouchpoint(touchpointId);
		requireStage(targetStageId);
		return removeTouchpoint(touchpointId).mapStage(targetStageId, s -> {
			List<Touchpoint> list = new ArrayList<>(s.touchpoints());
			list.add(clamp(position, list.size()), touchpoint);
			return s.withTouchpoints(list);
		});
	}

	public JourneyDesign replaceStandards(long touchpointId, List<ServiceStandard> standards) {
		requireTouchpoint(touchpointId);
		return mapTouchpoints(t -> isTouchpoint(t, touchpointId) ? t.withStandards(standards) : t);
	}

	/**
	 * The design without ids, as a new journey would hold it (for copies and imports).
	 */
	public JourneyDesign withoutIds() {
		return withStages(stages.stream()
			.map(s -> new Stage(null, s.name(), s.nameZh(), s.customerActions(), s.frontstage(), s.backstage(),
					s.supportProcesses(), s.physicalEvidence(),
					s.touchpoints()
						.stream()
						.map(t -> t.withId(null)
							.withStandards(t.standards()
								.stream()
								.map(d -> new ServiceStandard(null, d.name(), d.measure(), d.unit(), d.target(),
										d.direction(), d.compliance()))
								.toList()))
						.toList()))
			.toList());
	}

	private JourneyDesign clearEndMoment(Long except) {
		return mapTouchpoints(t -> t.endMoment() && !isTouchpoint(t, except) ? t.withEndMoment(false) : t);
	}

	private JourneyDesign mapStage(long stageId, UnaryOperator<Stage> change) {
		return withStages(stages.stream().map(s -> isStage(s, stageId) ? change.apply(s) : s).toList());
	}

	private JourneyDesign mapTouchpoints(UnaryOperator<Touchpoint> change) {
		return withStages(
				stages.stream().map(s -> s.withTouchpoints(s.touchpoints().stream().map(change).toList())).toList());
	}

	private Stage requireStage(long stageId) {
		return stage(stageId).orElseThrow(() -> new io.peakxm.shared.NotFoundException("journey.stage.notFound"));
	}

	private Touchpoint requireTouchpoint(long touchpointId) {
		return touchpoint(touchpointId)
			.orElseThrow(() -> new io.peakxm.shared.NotFoundException("journey.touchpoint.notFound"));
	}

	private static boolean isStage(Stage stage, long id) {
		return stage.id() != null && stage.id() == id;
	}

	private static boolean isTouchpoint(Touchpoint touchpoint, Long id) {
		return id != null && touchpoint.id() != null && touchpoint.id().longValue() == id;
	}

	private static int clamp(int position, int size) {
		return Math.max(0, Math.min(position, size));
	}
}
