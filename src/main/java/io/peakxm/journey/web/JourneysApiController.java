package io.peakxm.journey.web;

import java.net.URI;
import java.util.List;

import io.peakxm.journey.Journey;
import io.peakxm.journey.JourneyComparison;
import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.JourneyDesigner;
import io.peakxm.journey.JourneySummary;
import io.peakxm.journey.JourneyVersion;
import io.peakxm.journey.Journeys;
import io.peakxm.journey.internal.JourneyTemplates;
import io.peakxm.journey.web.JourneyInputs.StageInput;
import io.peakxm.journey.web.JourneyInputs.TouchpointInput;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.workspace.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Journeys over REST. Every change of a draft carries the revision it was based on; a
 * stale revision gets 409 ("changed by someone else") and changes nothing.
 */
@RestController
@RequestMapping("/api/v1/journeys")
@PreAuthorize("hasAuthority('DESIGN_VIEW')")
@Tag(name = "Journeys")
class JourneysApiController {

	private static final String EDIT = "hasAuthority('DESIGN_EDIT')";

	private final Journeys journeys;

	private final JourneyDesigner designer;

	JourneysApiController(Journeys journeys, JourneyDesigner designer) {
		this.journeys = journeys;
		this.designer = designer;
	}

	@GetMapping
	PageSlice<JourneySummary> list(@RequestParam(defaultValue = "false") boolean archived,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return journeys.list(CurrentActor.require(), archived, q, PageRequest.of(page, size, 50));
	}

	@GetMapping("/templates")
	List<JourneyTemplates.Template> templates() {
		return journeys.templates();
	}

	@PostMapping
	@PreAuthorize(EDIT)
	@Operation(summary = "Create a journey, blank or from a template ('template': airline-trip, hotel-stay, …)")
	ResponseEntity<Journey> create(@RequestBody NewJourney body) {
		var actor = CurrentActor.require();
		long id = body.template() == null || body.template().isBlank()
				? designer.create(actor, new JourneyDesign(body.name(), body.nameZh(), body.description(),
						body.targetSegment(), body.goal(), List.of()))
				: designer.createFromTemplate(actor, body.template());
		return created(id);
	}

	@PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(EDIT)
	@Operation(summary = "Import a journey file (schema peakxm.journey/1); all or nothing")
	ResponseEntity<Journey> importJourney(@RequestBody String file) {
		return created(designer.importJourney(CurrentActor.require(), file));
	}

	@GetMapping("/{id}")
	Journey get(@PathVariable long id) {
		return journeys.get(CurrentActor.require(), id);
	}

	@PatchMapping("/{id}")
	@PreAuthorize(EDIT)
	@Operation(summary = "Change name, description, target segment or goal")
	Journey update(@PathVariable long id, @RequestBody JourneyHeader body) {
		return designer.edit(CurrentActor.require(), id, JourneyInputs.requireRevision(body.revision()),
				d -> d.withHeader(body.name() == null ? d.name() : body.name(),
						body.nameZh() == null ? d.nameZh() : body.nameZh(),
						body.description() == null ? d.description() : body.description(),
						body.targetSegment() == null ? d.targetSegment() : body.targetSegment(),
						body.goal() == null ? d.goal() : body.goal()));
	}

	@PostMapping("/{id}/copy")
	@PreAuthorize(EDIT)
	ResponseEntity<Journey> copy(@PathVariable long id) {
		return created(designer.copy(CurrentActor.require(), id));
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize(EDIT)
	Journey archive(@PathVariable long id, @RequestBody RevisionOnly body) {
		designer.archive(CurrentActor.require(), id, JourneyInputs.requireRevision(body.revision()), true);
		return get(id);
	}

	@PostMapping("/{id}/restore")
	@PreAuthorize(EDIT)
	Journey restore(@PathVariable long id, @RequestBody RevisionOnly body) {
		designer.archive(CurrentActor.require(), id, JourneyInputs.requireRevision(body.revision()), false);
		return get(id);
	}

	@PostMapping("/{id}/stages")
	@PreAuthorize(EDIT)
	Journey addStage(@PathVariable long id, @RequestBody StageInput body) {
		return designer.edit(CurrentActor.require(), id, JourneyInputs.requireRevision(body.revision()),
				d -> d.addStage(body.toStage()));
	}

	@PutMapping("/{id}/stages/{stageId}")
	@PreAuthorize(EDIT)
	Journey updateStage(@PathVariable long id, @PathVariable long stageId, @RequestBody StageInput body) {
		return designer.edit(CurrentActor.require(), id, JourneyInputs.requireRevision(body.revision()),
				d -> d.updateStage(stageId, body.toStage()));
	}

	@DeleteMapping("/{id}/stages/{stageId}")
	@PreAuthorize(EDIT)
	Journey removeStage(@PathVariable long id, @PathVariable long stageId, @RequestParam Integer revision) {
		return designer.edit(CurrentActor.require(), id, JourneyInputs.requireRevision(revision),
				d -> d.removeStage(stageId));
	}

	@PostMapping("/{id}/stages/{stageId}/move")
	@PreAuthorize(EDIT)
	@Operation(summary = "Move a stage to a 0-based position")
	Journey moveStage(@PathVariable long id, @PathVariable long stageId, @RequestBody Move body) {
		return designer.edit(CurrentActor.require(), id, JourneyInputs.requireRevision(body.revision()),
				d -> d.moveStage(stageId, body.position()));
	}

	@PostMapping("/{id}/stages/{stageId}/touchpoints")
	@PreAuthorize(EDIT)
	Journey addTouchpoint(@PathVariable long id, @PathVariable long stageId, @RequestBody TouchpointInput body) {
		var touchpoint = body.toTouchpoint();
		return designer.edit(CurrentActor.require(), id, JourneyInputs.requireRevision(body.revision()),
				d -> d.addTouchpoint(stageId, touchpoint));
	}

	@PutMapping("/{id}/touchpoints/{touchpointId}")
	@PreAuthorize(EDIT)
	Journey updateTouchpoint(@PathVariable long id, @PathVariable long touchpointId,
			@RequestBody TouchpointInput body) {
		var touchpoint = body.toTouchpoint();
		return designer.edit(CurrentActor.require(), id, JourneyInputs.requireRevision(body.revision()),
				d -> d.updateTouchpoint(touchpointId, touchpoint));
	}

	@DeleteMapping("/{id}/touchpoints/{touchpointId}")
	@PreAuthorize(EDIT)
	Journey removeTouchpoint(@PathVariable long id, @PathVariable long touchpointId, @RequestParam Integer revision) {
		return designer.edit(CurrentActor.require(), id, JourneyInputs.requireRevision(revision),
				d -> d.removeTouchpoint(touchpointId));
	}

	@PostMapping("/{id}/touchpoints/{touchpointId}/move")
	@PreAuthorize(EDIT)
	@Operation(summary = "Move a touchpoint into a stage (its own or another) at a 0-based position")
	Journey moveTouchpoint(@PathVariable long id, @PathVariable long touchpointId, @RequestBody Move body) {
		return designer.edit(CurrentActor.require(), id, JourneyInputs.requireRevision(body.revision()),
				d -> d.moveTouchpoint(touchpointId, body.stageId() == null ? d.stageOf(touchpointId) : body.stageId(),
						body.position()));
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize(EDIT)
	@Operation(summary = "Publish the draft as the next immutable version")
	JourneyVersion publish(@PathVariable long id, @RequestBody RevisionOnly body) {
		return designer.publish(CurrentActor.require(), id, JourneyInputs.requireRevision(body.revision()));
	}

	@GetMapping("/{id}/versions")
	List<JourneyVersion> versions(@PathVariable long id) {
		return journeys.versions(CurrentActor.require(), id);
	}

	@GetMapping("/{id}/versions/{number}")
	JourneyVersion version(@PathVariable long id, @PathVariable int number) {
		return journeys.version(CurrentActor.require(), id, number);
	}

	@GetMapping("/{id}/compare")
	@Operation(summary = "What changed from one version to another (0 = the current draft)")
	List<JourneyComparison.Change> compare(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
		return journeys.compare(CurrentActor.require(), id, from, to);
	}

	@GetMapping(path = "/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The journey file (schema peakxm.journey/1) of the draft or of a version")
	ResponseEntity<String> export(@PathVariable long id, @RequestParam(required = false) Integer version) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"journey-" + id + (version == null ? "" : "-v" + version) + ".json\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(journeys.export(CurrentActor.require(), id, version));
	}

	private ResponseEntity<Journey> created(long id) {
		return ResponseEntity.created(URI.create("/api/v1/journeys/" + id)).body(get(id));
	}

	record NewJourney(String name, String nameZh, String description, String targetSegment, String goal,
			String template) {
	}

	record JourneyHeader(Integer revision, String name, String nameZh, String description, String targetSegment,
			String goal) {
	}

	record RevisionOnly(Integer revision) {
	}

	record Move(Integer revision, Long stageId, int position) {
	}

}
