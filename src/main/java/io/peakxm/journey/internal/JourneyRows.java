package io.peakxm.journey.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.peakxm.journey.Channel;
import io.peakxm.journey.ComplianceSource;
import io.peakxm.journey.Journey;
import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.ServiceStandard;
import io.peakxm.journey.Stage;
import io.peakxm.journey.StandardDirection;
import io.peakxm.journey.Touchpoint;

/**
 * Reads a journey's rows into its records, kept apart from {@link JourneyStore} so that
 * the store reads as what it does to the tables.
 */
final class JourneyRows {

	private JourneyRows() {
	}

	static Journey header(ResultSet rs) throws SQLException {
		JourneyDesign design = new JourneyDesign(rs.getString("name"), rs.getString("name_zh"),
				rs.getString("description"), rs.getString("target_segment"), rs.getString("goal"), List.of());
		return new Journey(rs.getLong("id"), rs.getLong("workspace_id"), rs.getInt("revision"),
				rs.getObject("published_version", Integer.class), rs.getBoolean("draft_changed"),
				instant(rs.getTimestamp("archived_at")), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), design);
	}

	static Journey withDesign(Journey header, List<Stage> stages) {
		return new Journey(header.id(), header.workspaceId(), header.revision(), header.publishedVersion(),
				header.draftChanged(), header.archivedAt(), header.createdAt(), header.updatedAt(),
				header.design().withStages(stages));
	}

	static Stage stage(ResultSet rs, List<Touchpoint> touchpoints) throws SQLException {
		return new Stage(rs.getLong("id"), rs.getString("name"), rs.getString("name_zh"),
				rs.getString("customer_actions"), rs.getString("frontstage"), rs.getString("backstage"),
				rs.getString("support_processes"), rs.getString("physical_evidence"), touchpoints);
	}

	static Touchpoint touchpoint(ResultSet rs, List<ServiceStandard> standards) throws SQLException {
		return new Touchpoint(rs.getLong("id"), rs.getString("name_en"), rs.getString("name_zh"),
				rs.getString("description"), Channel.valueOf(rs.getString("channel")), rs.getString("owner_team"),
				rs.getObject("owner_user_id", Long.class), lines(rs.getString("keywords_en")),
				lines(rs.getString("keywords_zh")), rs.getInt("designed_emotion"), rs.getBoolean("designed_peak"),
				rs.getBoolean("end_moment"), standards);
	}

	static ServiceStandard standard(ResultSet rs) throws SQLException {
		return new ServiceStandard(rs.getLong("id"), rs.getString("name"), rs.getString("measure"),
				rs.getString("unit"), rs.getBigDecimal("target"), StandardDirection.valueOf(rs.getString("direction")),
				ComplianceSource.valueOf(rs.getString("compliance")));
	}

	private static List<String> lines(String text) {
		return text == null || text.isBlank() ? List.of()
				: Arrays.stream(text.split("\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
