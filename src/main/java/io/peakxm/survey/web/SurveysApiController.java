package io.peakxm.survey.web;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.survey.JourneyCoverage;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDefinition;
import io.peakxm.survey.SurveyDesigner;
import io.peakxm.survey.SurveyStatus;
import io.peakxm.survey.SurveyVersion;
import io.peakxm.survey.Surveys;
import io.peakxm.survey.internal.SurveyTemplates;
import io.peakxm.workspace.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Surveys over REST: create (blank or from a template), save the definition (with the
 * revision it was based on), open and close, read versions. Saving an open survey
 * publishes a new version.
 */
@RestController
@RequestMapping("/api/v1/surveys")
@PreAuthorize("hasAuthority('DESIGN_VIEW')")
@Tag(name = "Surveys")
class SurveysApiController {

	private static final String EDIT = "hasAuthority('DESIGN_EDIT')";

	private final Surveys surveys;

	private final SurveyDesigner designer;

	SurveysApiController(Surveys surveys, SurveyDesigner designer) {
		this.surveys = surveys;
		this.designer = designer;
	}

	@GetMapping
	PageSlice<Survey> list(@RequestParam(required = false) SurveyStatus status,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return surveys.list(CurrentActor.require(), status, q, PageRequest.of(page, size, 50));
	}

	@GetMapping("/templates")
	List<SurveyTemplates.Template> templates() {
		return surveys.templates();
	}

	@PostMapping
	@PreAuthorize(EDIT)
	@Operation(
			summary = "Create a survey from a definition, or from a template ({\"template\": \"hotel-stay\", \"journeyId\": 1}); "
					+ "the answer adds 'coverage': the journey's touchpoints no question rates and the matrix rows tied to no touchpoint")
	ResponseEntity<CreatedSurvey> create(@RequestBody NewSurvey body) {
		var actor = CurrentActor.require();
		long id;
		if (body.template() != null && !body.template().isBlank()) {
			id = designer.createFromTemplate(actor, body.template(), body.journeyId());
		}
		else if (body.definition() != null) {
			id = designer.create(actor, body.definition());
		}
		else {
			throw InvalidInputException.of("definition", "survey.definitionOrTemplate");
		}
		Survey survey = surveys.get(actor, id);
		return ResponseEntity.created(URI.create("/api/v1/surveys/" + id))
			.body(new CreatedSurvey(survey, surveys.coverage(survey).orElse(null)));
	}

	@GetMapping("/{id}")
	Survey get(@PathVariable long id) {
		return surveys.get(CurrentActor.require(), id);
	}

	@PutMapping("/{id}/definition")
	@PreAuthorize(EDIT)
	@Operation(summary = "Replace the definition; on an open survey this publishes the next version")
	Survey save(@PathVariable long id, @RequestBody DefinitionChange body) {
		return designer.save(CurrentActor.require(), id, revision(body.revision()), body.definition());
	}

	@PostMapping("/{id}/open")
	@PreAuthorize(EDIT)
	Survey open(@PathVariable long id, @RequestBody RevisionOnly body) {
		return designer.open(CurrentActor.require(), id, revision(body.revision()));
	}

	@PostMapping("/{id}/close")
	@PreAuthorize(EDIT)
	Survey close(@PathVariable long id, @RequestBody RevisionOnly body) {
		return designer.close(CurrentActor.require(), id, revision(body.revision()));
	}

	@PostMapping(path = "/import", consumes = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(EDIT)
	@Operation(
			summary = "Import a survey file (schema peakxm.survey/1); journey and touchpoint links are not carried over")
	ResponseEntity<Survey> importSurvey(@RequestBody String file) {
		var actor = CurrentActor.require();
		long id = designer.create(actor, io.peakxm.survey.internal.SurveyDocuments.read(file));
		return ResponseEntity.created(URI.create("/api/v1/surveys/" + id)).body(surveys.get(actor, id));
	}

	@GetMapping(path = "/{id}/export", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The survey file (schema peakxm.survey/1) of the current definition")
	ResponseEntity<String> export(@PathVariable long id) {
		return ResponseEntity.ok()
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"survey-" + id + ".json\"")
			.body(io.peakxm.survey.internal.SurveyDocuments
				.write(surveys.get(CurrentActor.require(), id).definition()));
	}

	@GetMapping("/{id}/versions")
	List<SurveyVersion> versions(@PathVariable long id) {
		return surveys.versions(CurrentActor.require(), id);
	}

	@GetMapping("/{id}/versions/{number}")
	SurveyVersion version(@PathVariable long id, @PathVariable int number) {
		return surveys.version(CurrentActor.require(), id, number);
	}

	private static int revision(Integer revision) {
		if (revision == null) {
			throw InvalidInputException.of("revision", "survey.revisionRequired");
		}
		if (revision < 0) {
			throw InvalidInputException.of("revision", "validation.range", 0, Integer.MAX_VALUE);
		}
		return revision;
	}

	record NewSurvey(String template, Long journeyId, SurveyDefinition definition) {
	}

	/** A new survey, and how completely it rates its journey (null without a journey). */
	record CreatedSurvey(@JsonUnwrapped Survey survey, JourneyCoverage coverage) {
	}

	record DefinitionChange(Integer revision, SurveyDefinition definition) {
	}

	record RevisionOnly(Integer revision) {
	}

}
