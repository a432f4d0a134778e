package io.peakxm.workspace.web;

import java.time.LocalDate;

import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.workspace.AuditEntry;
import io.peakxm.workspace.AuditLog;
import io.peakxm.workspace.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log over REST, with the same filters as the page. */
@RestController
@PreAuthorize("hasAuthority('AUDIT_VIEW')")
@Tag(name = "Audit log")
class AuditApiController {

	private final AuditLog auditLog;

	AuditApiController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping("/api/v1/audit")
	@Operation(summary = "Audit events, newest first; dates are inclusive days in UTC")
	PageSlice<AuditEntry> list(@RequestParam(required = false) String action,
			@RequestParam(required = false) String actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return auditLog.search(CurrentActor.require().requireWorkspace(), AuditQuery.filter(action, actor, from, to),
				PageRequest.of(page, size, 50));
	}

}
