package io.peakxm.workspace;

/**
 * What a signed-in user or API token may do in the current workspace. Endpoints check
 * permissions, never role names, so that what a role may do is decided in one place
 * ({@link Role}).
 */
public enum Permission {

	/** Invite users, change their roles, disable them. */
	USERS_MANAGE,
	/** Create and revoke API tokens. */
	TOKENS_MANAGE,
	/** Read the audit log. */
	AUDIT_VIEW,
	/** Change workspace settings and rebuild derived data. */
	SETTINGS_MANAGE,
	/** Read journeys, surveys and standards. */
	DESIGN_VIEW,
	/** Create and change journeys, surveys and standards. */
	DESIGN_EDIT,
	/** Open dashboards. */
	DASHBOARD_VIEW,
	/** Run analyses and see individual responses. */
	ANALYTICS_VIEW,
	/** Export data. */
	DATA_EXPORT,
	/** Delete individual responses (audited). */
	RESPONSES_DELETE,
	/** Submit survey responses through the API (integrations, kiosks run by a system). */
	RESPONSES_SUBMIT,
	/** Add, import and delete customer feedback; edit the topic taxonomy. */
	FEEDBACK_MANAGE,
	/**
	 * See personal data (phone numbers, e-mail addresses, ID numbers) in customer texts
	 * unmasked.
	 */
	PERSONAL_DATA_VIEW,
	/** Work on cases assigned to oneself. */
	CASES_WORK,
	/** Scrape operational metrics (Prometheus). */
	METRICS_SCRAPE;

	/** The authority string used in {@code @PreAuthorize("hasAuthority('…')")}. */
	public String authority() {
		return name();
	}

}
