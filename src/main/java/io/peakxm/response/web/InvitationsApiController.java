package io.peakxm.response.web;

import java.util.List;

import io.peakxm.response.Invitation;
import io.peakxm.response.InvitationSummary;
import io.peakxm.response.InvitationUpload;
import io.peakxm.response.Invitations;
import io.peakxm.response.Recipient;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.workspace.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * E-mail invitations through the API: add recipients, list invitations, counts by status.
 */
@RestController
@PreAuthorize("hasAuthority('DESIGN_EDIT')")
@Tag(name = "Invitations")
class InvitationsApiController {

	/** Recipients to add, with the reminder plan for all of them. */
	record AddRecipients(List<Recipient> recipients, Integer remindAfterDays, Integer maxReminders) {
	}

	/** An invitation as the API shows it (the link token is never shown again). */
	record InvitationView(long id, String email, String name, String language, Invitation.Status status,
			java.time.Instant createdAt, java.time.Instant sentAt, int remindersSent, java.time.Instant respondedAt,
			Long responseId, String lastError, java.util.Map<String, String> fields) {

		static InvitationView of(Invitation i) {
			return new InvitationView(i.id(), i.email(), i.name(), i.language(), i.status(), i.createdAt(), i.sentAt(),
					i.remindersSent(), i.respondedAt(), i.responseId(), i.lastError(), i.fields());
		}
	}

	private final Invitations invitations;

	InvitationsApiController(Invitations invitations) {
		this.invitations = invitations;
	}

	@PostMapping("/api/v1/surveys/{id}/invitations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Invite recipients by e-mail (all or nothing; already invited or unsubscribed addresses are skipped)")
	InvitationUpload add(@PathVariable long id, @RequestBody AddRecipients body) {
		return invitations.add(CurrentActor.require(), id, body.recipients(),
				body.remindAfterDays() == null ? 3 : body.remindAfterDays(),
				body.maxReminders() == null ? 1 : body.maxReminders());
	}

	@GetMapping("/api/v1/surveys/{id}/invitations")
	@Operation(summary = "A page of the survey's invitations, newest first")
	PageSlice<InvitationView> list(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return invitations.list(CurrentActor.require(), id, PageRequest.of(page, size, 50)).map(InvitationView::of);
	}

	@GetMapping("/api/v1/surveys/{id}/invitations/summary")
	@Operation(summary = "Counts of the survey's invitations by status and the response rate")
	InvitationSummary summary(@PathVariable long id) {
		return invitations.summary(CurrentActor.require(), id);
	}

}
