package io.peakxm.workspace.web;

import java.util.List;

import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.workspace.MemberInvitationView;
import io.peakxm.workspace.MemberView;
import io.peakxm.workspace.internal.MemberInvitations;
import io.peakxm.workspace.internal.Members;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Members of the current workspace and invitations to it over REST. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAuthority('USERS_MANAGE')")
@Tag(name = "Users")
class UsersApiController {

	private final Members members;

	private final MemberInvitations invitations;

	UsersApiController(Members members, MemberInvitations invitations) {
		this.members = members;
		this.invitations = invitations;
	}

	@GetMapping
	@Operation(summary = "List members, optionally searching e-mail and name")
	PageSlice<MemberView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return members.list(q, PageRequest.of(page, size, 50));
	}

	@GetMapping("/{id}")
	MemberView get(@PathVariable long id) {
		return members.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Invite a person by e-mail with a role; they join by accepting the link",
			description = "The answer is the same whether the address has an account or not. The link is in this "
					+ "answer only (and in the e-mail, when SMTP is configured).")
	MemberInvitations.Issued create(@RequestBody NewMember body) {
		return invitations.invite(body.email(), body.displayName(), body.role());
	}

	@GetMapping("/invitations")
	@Operation(summary = "Invitations that wait for an answer, have expired or were declined")
	List<MemberInvitationView> invitations() {
		return invitations.listOpen();
	}

	@PostMapping("/invitations/{id}/reissue")
	@Operation(summary = "A new link and expiry for an invitation; the old link stops working")
	MemberInvitations.Issued reissue(@PathVariable long id) {
		return invitations.reissue(id);
	}

	@DeleteMapping("/invitations/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke a pending invitation; its link stops working")
	void revoke(@PathVariable long id) {
		invitations.revoke(id);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change a member's role and/or disable or enable them")
	MemberView update(@PathVariable long id, @RequestBody MemberChange body) {
		if (body.role() != null) {
			members.changeRole(id, body.role());
		}
		if (Boolean.TRUE.equals(body.disabled())) {
			members.disable(id);
		}
		else if (Boolean.FALSE.equals(body.disabled())) {
			members.enable(id);
		}
		return members.get(id);
	}

	record NewMember(String email, String displayName, String role) {
	}

	record MemberChange(String role, Boolean disabled) {
	}

}
