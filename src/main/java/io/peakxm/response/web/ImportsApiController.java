package io.peakxm.response.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import io.peakxm.shared.files.FileEncoding;
import io.peakxm.response.ImportMapping;
import io.peakxm.response.ImportPreview;
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
import io.swagger.v3.oas.annotations.Parameter;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Response imports over REST: saved column mappings and all-or-nothing file imports (CSV,
 * XLSX).
 */
@RestController
@PreAuthorize("hasAuthority('DESIGN_EDIT')")
@Tag(name = "Response imports")
class ImportsApiController {

	private static final String ENCODING = "Encoding of a CSV file: auto (default: a byte-order mark, else UTF-8 if the "
			+ "bytes are valid UTF-8, else GB18030 if they read as Chinese, else windows-1252), UTF-8, GB18030 (also GBK, "
			+ "GB2312), Big5, windows-1252 (also ISO-8859-1) or UTF-16 (with byte-order mark). Bytes that are not valid "
			+ "in it are refused naming the line. Ignored for XLSX.";

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
		// The mapping part is what the caller sent: read it with the well-formed text
		// rule.
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
		FileEncoding.parse("encoding", mapping.encoding());
		mappings.save(actor.requireWorkspace(), id, name.trim(), mapping, actor.userId(), clock.instant());
		return mapping;
	}

	@PostMapping("/api/v1/surveys/{id}/imports")
	@Operation(
			summary = "Import a CSV or XLSX file with a mapping (JSON part 'mapping') or a saved mapping ('mappingName'); "
					+ "all rows or none",
			description = "Rows whose cells are all empty are skipped; any other row must have as many cells as the header. "
					+ "A CSV file is read in 'encoding' (else the mapping's, else detected); the answer says which was used.")
	ImportResult importFile(@PathVariable long id, @RequestPart("file") MultipartFile file,
			@RequestPart(name = "mapping", required = false) String mappingJson,
			@RequestParam(name = "mappingName", required = false) String mappingName,
			@Parameter(description = ENCODING) @RequestParam(name = "encoding", required = false) String encoding)
			throws IOException {
		var actor = CurrentActor.require();
		ImportMapping mapping;
		if (mappingName != null && !mappingName.isBlank()) {
			mapping = mappings.find(actor.requireWorkspace(), id, mappingName.trim())
				.orElseThrow(() -> new NotFoundException("import.mappingNotFound"))
				.mapping();
		}
		else if (mappingJson != null) {
			mapping = WellFormedTextModule.read(json, mappingJson, ImportMapping.class, "mapping",
					"import.mappingMalformed");
		}
		else {
			throw InvalidInputException.of("mapping", "import.mappingRequired");
		}
		return importer.importFile(actor, id, file.getOriginalFilename(), nonEmpty(file),
				mapping.withEncoding(encoding));
	}

	@PostMapping("/api/v1/surveys/{id}/imports/preview")
	@Operation(
			summary = "Read the header and first rows of a CSV or XLSX file as an import would (nothing is written), "
					+ "with the encoding used, to check the text before mapping its columns")
	ImportPreview preview(@PathVariable long id, @RequestPart("file") MultipartFile file,
			@Parameter(description = ENCODING) @RequestParam(name = "encoding", required = false) String encoding)
			throws IOException {
		return importer.preview(CurrentActor.require(), id, file.getOriginalFilename(), nonEmpty(file), encoding);
	}

	private static byte[] nonEmpty(MultipartFile file) throws IOException {
		if (file.isEmpty()) {
			throw InvalidInputException.of("file", "import.empty");
		}
		return file.getBytes();
	}

}
