package io.peakxm.workspace.web;

import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.workspace.MemberView;
import io.peakxm.workspace.internal.Members;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Members of the current workspace over REST. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAuthority('USERS_MANAGE')")
@Tag(name = "Users")
class UsersApiController {

	private final Members members;

	UsersApiController(Members members) {
		this.members = members;
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
	@Operation(summary = "Add a member: a new user, or an existing user of another workspace")
	Created create(@RequestBody NewMember body) {
		Members.AddedMember added = members.add(body.email(), body.displayName(), body.role(), body.password());
		return new Created(added.member(), added.generatedPassword());
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

	record NewMember(String email, String displayName, String role, String password) {
	}

	record MemberChange(String role, Boolean disabled) {
	}

	record Created(MemberView member, String generatedPassword) {
	}
}
