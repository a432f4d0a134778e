package io.peakxm.workspace.web;

import java.util.List;

import io.peakxm.workspace.ApiTokenView;
import io.peakxm.workspace.CurrentActor;
import io.peakxm.workspace.internal.ApiTokenService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API tokens of the current workspace over REST. */
@RestController
@RequestMapping("/api/v1/tokens")
@PreAuthorize("hasAuthority('TOKENS_MANAGE')")
@Tag(name = "API tokens")
class TokensApiController {

	private final ApiTokenService tokens;

	TokensApiController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	List<ApiTokenView> list() {
		return tokens.list(CurrentActor.require().requireWorkspace());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a token; the secret is in this answer only")
	ApiTokenService.IssuedToken create(@RequestBody NewToken body) {
		return tokens.issue(body.name(), body.scopes(), body.expiresInDays());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke a token; it stops working at once")
	void revoke(@PathVariable long id) {
		tokens.revoke(id);
	}

	record NewToken(String name, List<String> scopes, Integer expiresInDays) {
	}

}
