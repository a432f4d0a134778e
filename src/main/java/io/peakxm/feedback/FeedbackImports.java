package io.peakxm.feedback;

import java.time.Clock;
import java.util.List;

import io.peakxm.feedback.internal.FeedbackAuditActions;
import io.peakxm.feedback.internal.FeedbackImporter;
import io.peakxm.feedback.internal.ImportMappingStore;
import io.peakxm.shared.NotFoundException;
import io.peakxm.shared.Violations;
import io.peakxm.shared.files.FilePreview;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.AuditLog;
import io.peakxm.workspace.Permission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Feedback from files — CSV, XLSX, or JSON (an array of objects, or NDJSON) — with a
 * column mapping ({@link FeedbackImportMapping}), all rows or none, and the mappings a
 * workspace saved by name. Everything here needs {@code FEEDBACK_MANAGE}.
 */
@Service
public class FeedbackImports {

	private final FeedbackImporter importer;

	private final ImportMappingStore mappings;

	private final Clock clock;

	private final AuditLog audit;

	FeedbackImports(FeedbackImporter importer, ImportMappingStore mappings, Clock clock, AuditLog audit) {
		this.importer = importer;
		this.mappings = mappings;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * The header and the first rows of a file as the import reads them, and the encoding
	 * used; nothing is stored.
	 */
	public FilePreview preview(Actor actor, String fileName, byte[] content, String encoding) {
		require(actor);
		return importer.preview(fileName, content, encoding);
	}

	/**
	 * Imports a file: every row checked first, problems named {@code row N.<column>};
	 * items stored before (same source and external id) are counted as duplicates. The
	 * audit log names the file and the counts.
	 */
	public BulkResult importFile(Actor actor, String fileName, byte[] content, FeedbackImportMapping mapping) {
		require(actor);
		BulkResult result = importer.importFile(actor.requireWorkspace(), fileName, content, mapping);
		audit.record(actor.requireWorkspace(), actor.userId(), actor.email(), FeedbackAuditActions.IMPORTED,
				"file " + fileName,
				result.received() + " rows: " + result.created() + " added, " + result.duplicates() + " already there");
		return result;
	}

	public List<SavedImportMapping> mappings(Actor actor) {
		require(actor);
		return mappings.list(actor.requireWorkspace());
	}

	/** The mapping saved under a name. */
	public SavedImportMapping mapping(Actor actor, String name) {
		require(actor);
		return mappings.find(actor.requireWorkspace(), name == null ? "" : name.trim())
			.orElseThrow(() -> new NotFoundException("feedback.import.mappingNotFound"));
	}

	/**
	 * Saves a mapping under a name (up to 100 characters), replacing one saved before.
	 */
	public SavedImportMapping save(Actor actor, String name, FeedbackImportMapping mapping) {
		require(actor);
		new Violations().requireText("name", name, 100).throwIfAny();
		importer.checkMapping(mapping);
		mappings.save(actor.requireWorkspace(), name.trim(), mapping, actor.userId(), clock.instant());
		return mapping(actor, name);
	}

	private static void require(Actor actor) {
		if (!actor.can(Permission.FEEDBACK_MANAGE)) {
			throw new AccessDeniedException("needs " + Permission.FEEDBACK_MANAGE);
		}
	}

}
