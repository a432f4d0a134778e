package io.peakxm.workspace.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the session after form sign-in. It holds only the user's id: workspace, role and
 * permissions are looked up per request (see {@link WorkspaceContextFilter}).
 */
record SignInAccount(long userId, String email, String passwordHash, boolean active, boolean locked)
		implements UserDetails, java.io.Serializable {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return active;
	}

	@Override
	public String toString() {
		return "SignInAccount[" + userId + "]";
	}
}
