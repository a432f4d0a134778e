package io.peakxm.workspace.internal;

import java.io.Serializable;
import java.security.Principal;

/**
 * The principal kept in the session after form sign-in. It holds only the user's id:
 * workspace, role and permissions are looked up per request (see
 * {@link WorkspaceContextFilter}).
 */
record SignInAccount(long userId, String email) implements Principal, Serializable {

	@Override
	public String getName() {
		return email;
	}

	@Override
	public String toString() {
		return "SignInAccount[" + userId + "]";
	}
}
