package io.peakxm.response.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import io.peakxm.response.ImportMapping;
import io.peakxm.response.ImportResult;
import io.peakxm.response.ResponseImporter;
import io.peakxm.response.internal.ImportMappings;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.NotFoundException;
import io.peakxm.shared.Violations;
import io.peakxm.shared.WellFormedTextModule;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Response imports over REST: saved column mappings and all-or-nothing file imports (CSV, XLSX). */
@RestController
@PreAuthorize("hasAuthority('DESIGN_EDIT')")
@Tag(name = "Response imports")
class ImportsApiController {

	private final ResponseImporter importer;

	private final ImportMappings mappings;

	private final Surveys surveys;

	private final JsonMapper json;

	private final Clock clock;

	ImportsApiController(ResponseImporter importer, ImportMappings mappings, Surveys surveys, JsonMapper json,
			Clock clock) {
		this.importer = importer;
		this.mappings = mappings;
		this.surveys = surveys;
		// The mapping part is what the caller sent: read it with the well-formed text rule.
		this.json = WellFormedTextModule.checking(json);
		this.clock = clock;
	}

	@GetMapping("/api/v1/surveys/{id}/import-mappings")
	List<ImportMappings.Saved> list(@PathVariable long id) {
		var actor = CurrentActor.require();
		surveys.get(actor, id);
		return mappings.list(actor.requireWorkspace(), id);
	}

	@PutMapping("/api/v1/surveys/{id}/import-mappings/{name}")
	@Operation(summary = "Save a column mapping under a name, for reuse with later files")
	ImportMapping save(@PathVariable long id, @PathVariable String name, @RequestBody ImportMapping mapping) {
		var actor = CurrentActor.require();
		surveys.get(actor, id);
		new Violations().requireText("name", name, 100).throwIfAny();
		mappings.save(actor.requireWorkspace(), id, name.trim(), mapping, actor.userId(), clock.instant());
		return mapping;
	}

	@PostMapping("/api/v1/surveys/{id}/imports")
	@Operation(summary = "Import a CSV or XLSX file with a mapping (JSON part 'mapping') or a saved mapping ('mappingName'); "
			+ "all rows or none")
	ImportResult importFile(@PathVariable long id, @RequestPart("file") MultipartFile file,
			@RequestPart(name = "mapping", required = false) String mappingJson,
			@RequestParam(name = "mappingName", required = false) String mappingName) throws IOException {
		var actor = CurrentActor.require();
		ImportMapping mapping;
		if (mappingName != null && !mappingName.isBlank()) {
			mapping = mappings.find(actor.requireWorkspace(), id, mappingName.trim())
				.orElseThrow(() -> new NotFoundException("import.mappingNotFound"))
				.mapping();
		}
		else if (mappingJson != null) {
			try {
				mapping = json.readValue(mappingJson, ImportMapping.class);
			}
			catch (WellFormedTextModule.MalformedText ex) {
				throw new InvalidInputException(List.of(ex.violation()));
			}
			catch (JacksonException ex) {
				throw InvalidInputException.of("mapping", "import.mappingMalformed");
			}
		}
		else {
			throw InvalidInputException.of("mapping", "import.mappingRequired");
		}
		if (file.isEmpty()) {
			throw InvalidInputException.of("file", "import.empty");
		}
		return importer.importFile(actor, id, file.getOriginalFilename(), file.getBytes(), mapping);
	}
}
