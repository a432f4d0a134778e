package io.peakxm.feedback.web;

import java.io.IOException;
import java.util.List;

import io.peakxm.feedback.BulkResult;
import io.peakxm.feedback.FeedbackImportMapping;
import io.peakxm.feedback.FeedbackImports;
import io.peakxm.feedback.SavedImportMapping;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.WellFormedTextModule;
import io.peakxm.shared.files.FilePreview;
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
 * Feedback imports over REST: a file (CSV, XLSX, JSON array or NDJSON) with a column
 * mapping, all rows or none; a preview of how a file reads; saved mappings.
 */
@RestController
@PreAuthorize("hasAuthority('FEEDBACK_MANAGE')")
@Tag(name = "Feedback imports")
class FeedbackImportsApiController {

	static final String ENCODING = "Encoding of a CSV or JSON file: auto (default: a byte-order mark, else UTF-8 if "
			+ "the bytes are valid UTF-8, else GB18030 if they read as Chinese, else windows-1252), UTF-8, GB18030 "
			+ "(also GBK, GB2312), Big5, windows-1252 (also ISO-8859-1) or UTF-16 (with byte-order mark). Ignored for XLSX.";

	private final FeedbackImports imports;

	private final JsonMapper json;

	FeedbackImportsApiController(FeedbackImports imports, JsonMapper json) {
		this.imports = imports;
		this.json = WellFormedTextModule.checking(json);
	}

	@PostMapping("/api/v1/feedback/imports")
	@Operation(summary = "Import feedback from a CSV, XLSX or JSON file with a mapping (JSON part 'mapping') or a "
			+ "saved one ('mappingName'): every row checked first, problems named 'row N.column', all rows or none; "
			+ "items stored before are counted as duplicates")
	BulkResult importFile(@RequestPart("file") MultipartFile file,
			@RequestPart(name = "mapping", required = false) String mapping,
			@RequestParam(name = "mappingName", required = false) String mappingName,
			@Parameter(description = ENCODING) @RequestParam(name = "encoding", required = false) String encoding)
			throws IOException {
		var actor = CurrentActor.require();
		FeedbackImportMapping chosen;
		if (mappingName != null && !mappingName.isBlank()) {
			chosen = imports.mapping(actor, mappingName).mapping();
		}
		else if (mapping != null && !mapping.isBlank()) {
			chosen = parse(mapping);
		}
		else {
			throw InvalidInputException.of("mapping", "import.mappingRequired");
		}
		return imports.importFile(actor, file.getOriginalFilename(), nonEmpty(file), chosen.withEncoding(encoding));
	}

	@PostMapping("/api/v1/feedback/imports/preview")
	@Operation(summary = "Read the header and first 10 rows of a CSV, XLSX or JSON file as an import would, with the "
			+ "encoding used; nothing is stored")
	FilePreview preview(@RequestPart("file") MultipartFile file,
			@Parameter(description = ENCODING) @RequestParam(name = "encoding", required = false) String encoding)
			throws IOException {
		return imports.preview(CurrentActor.require(), file.getOriginalFilename(), nonEmpty(file), encoding);
	}

	@GetMapping("/api/v1/feedback/import-mappings")
	@Operation(summary = "The workspace's saved feedback import mappings, by name")
	List<SavedImportMapping> mappings() {
		return imports.mappings(CurrentActor.require());
	}

	@PutMapping("/api/v1/feedback/import-mappings/{name}")
	@Operation(summary = "Save a feedback import mapping under a name, for later files")
	SavedImportMapping save(@PathVariable String name, @RequestBody String body) {
		return imports.save(CurrentActor.require(), name, parse(body));
	}

	/** A mapping as the caller sent it, read with the well-formed text rule. */
	private FeedbackImportMapping parse(String mapping) {
		return WellFormedTextModule.read(json, mapping, FeedbackImportMapping.class, "mapping",
				"import.mappingMalformed");
	}

	static byte[] nonEmpty(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of("file", "import.empty");
		}
		return file.getBytes();
	}

}
