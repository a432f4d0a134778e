package io.peakxm.workspace.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.peakxm.workspace.AuditFilter;

/**
 * Turns the date filters of the audit page and API (inclusive days, UTC) into an
 * {@link AuditFilter}.
 */
final class AuditQuery {

	private AuditQuery() {
	}

	static AuditFilter filter(String action, String actor, LocalDate from, LocalDate to) {
		return new AuditFilter(blankToNull(action), blankToNull(actor),
				from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
				to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.length() > 254 ? text.substring(0, 254) : text;
	}

}
