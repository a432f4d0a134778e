package io.peakxm.workspace.web;

import io.peakxm.shared.PageRequest;
import io.peakxm.workspace.AuditActions;
import io.peakxm.workspace.AuditLog;
import io.peakxm.workspace.CurrentActor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

/** The audit log page with filters by action, actor and date. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAuthority('AUDIT_VIEW')")
class AuditController {

	private final AuditLog auditLog;

	AuditController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping
	String list(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, Model model) {
		var filter = AuditQuery.filter(action, actor, from, to);
		model.addAttribute("entries",
				auditLog.search(CurrentActor.require().requireWorkspace(), filter, PageRequest.of(page, 50, 50)));
		model.addAttribute("actions", AuditActions.KNOWN);
		model.addAttribute("action", action);
		model.addAttribute("actorFilter", actor);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "audit/list";
	}

}
