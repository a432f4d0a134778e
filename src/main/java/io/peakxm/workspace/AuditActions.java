package io.peakxm.workspace;

import java.util.List;

/**
 * Names of audited actions; other modules add their own with a module prefix
 * ("journey.published").
 */
public final class AuditActions {

	public static final String SIGN_IN = "sign-in.succeeded";

	public static final String SIGN_IN_FAILED = "sign-in.failed";

	public static final String SIGN_IN_THROTTLED = "sign-in.throttled";

	/**
	 * Written until sign-in throttling replaced account locks; kept so that older entries
	 * can be filtered.
	 */
	public static final String ACCOUNT_LOCKED = "account.locked";

	public static final String MEMBER_INVITED = "member.invited";

	public static final String INVITATION_ACCEPTED = "member.invitation-accepted";

	public static final String INVITATION_DECLINED = "member.invitation-declined";

	public static final String INVITATION_REVOKED = "member.invitation-revoked";

	/**
	 * Written until members joined only by invitation; kept so that older entries can be
	 * filtered.
	 */
	public static final String USER_CREATED = "user.created";

	/**
	 * Written until members joined only by invitation; kept so that older entries can be
	 * filtered.
	 */
	public static final String USER_ADDED = "user.added";

	public static final String ROLE_CHANGED = "user.role-changed";

	public static final String USER_DISABLED = "user.disabled";

	public static final String USER_ENABLED = "user.enabled";

	public static final String PASSWORD_CHANGED = "user.password-changed";

	/**
	 * An administrator's password was reset at start from
	 * {@code peakxm.admin.reset-password}.
	 */
	public static final String PASSWORD_RESET = "user.password-reset";

	public static final String TOKEN_CREATED = "token.created";

	public static final String TOKEN_REVOKED = "token.revoked";

	public static final String SETTINGS_CHANGED = "settings.changed";

	/** The actions this module writes, offered as filter choices. */
	public static final List<String> KNOWN = List.of(SIGN_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED, ACCOUNT_LOCKED,
			MEMBER_INVITED, INVITATION_ACCEPTED, INVITATION_DECLINED, INVITATION_REVOKED, USER_CREATED, USER_ADDED,
			ROLE_CHANGED, USER_DISABLED, USER_ENABLED, PASSWORD_CHANGED, PASSWORD_RESET, TOKEN_CREATED, TOKEN_REVOKED,
			SETTINGS_CHANGED);

	private AuditActions() {
	}

}
