package io.peakxm.workspace;

import java.time.Clock;

import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.shared.WellFormedText;
import io.peakxm.workspace.internal.AuditEvents;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the audit log of a workspace. Every module records its sensitive
 * changes here.
 */
@Service
public class AuditLog {

	private static final int MAX_DETAIL = 1000;

	private final AuditEvents events;

	private final Clock clock;

	AuditLog(AuditEvents events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/** Records an action of the current actor in the current workspace. */
	public void record(String action, String target, String detail) {
		Actor actor = CurrentActor.require();
		record(actor.requireWorkspace(), actor.userId(), actor.email(), action, target, detail);
	}

	/**
	 * Records an action on behalf of a known or unknown actor (e.g. a failed sign-in).
	 */
	public void record(long workspaceId, Long actorUserId, String actorLabel, String action, String target,
			String detail) {
		events.insert(new AuditEntry(0, workspaceId, clock.instant(), actorUserId, truncate(actorLabel, 254), action,
				truncate(target, 254), truncate(detail, MAX_DETAIL), clientIp()));
	}

	/**
	 * Records an action about the account with {@code email}, as its own, in every
	 * workspace where it is an active member; nothing when there is no such account. One
	 * statement either way, so that it costs the same whether the account exists or not
	 * (failed sign-ins).
	 */
	public void recordForAccount(String email, String action, String detail) {
		if (!WellFormedText.isWellFormed(email)) {
			return; // no account has such an address, and the database could not store it
		}
		events.insertForActiveMemberships(email, new AuditEntry(0, 0, clock.instant(), null, null, action,
				truncate(email, 254), truncate(detail, MAX_DETAIL), clientIp()));
	}

	public PageSlice<AuditEntry> search(long workspaceId, AuditFilter filter, PageRequest page) {
		return events.search(workspaceId, filter, page);
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	private static String clientIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return truncate(request.getRemoteAddr(), 64);
		}
		return null;
	}

}
