package io.peakxm.workspace.internal;

import java.util.ArrayList;
import java.util.List;

import io.peakxm.workspace.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authentication of one request: the {@link Actor} and the authorities of its
 * permissions.
 */
final class ActorAuthentication extends AbstractAuthenticationToken {

	private final Actor actor;

	ActorAuthentication(Actor actor) {
		super(authorities(actor));
		this.actor = actor;
		setAuthenticated(true);
	}

	private static List<GrantedAuthority> authorities(Actor actor) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		actor.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
		if (actor.role() != null) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
		}
		actor.scopes().forEach(s -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + s.label())));
		return authorities;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return actor;
	}

	@Override
	public String getName() {
		return actor.email();
	}

}
