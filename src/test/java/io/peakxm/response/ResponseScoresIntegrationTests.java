package io.peakxm.response;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import db.migration.response.V11__ResponseScores;
import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.survey.ScoreVector;
import io.peakxm.survey.Survey;
import io.peakxm.survey.Surveys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packed scores written with each response agree with its answer rows: the migration
 * that fills the column for existing responses (from their answers) rebuilds exactly what
 * the write path stored.
 */
@PeakXmIntegrationTest
class ResponseScoresIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Surveys surveys;

	@Test
	void theMigrationRebuildsFromAnswerRowsExactlyTheScoresTheWritePathStored() throws Exception {
		long surveyId = jdbc.sql("""
				select min(s.id) from survey s join workspace w on w.id = s.workspace_id
				where w.demo = true and s.status = 'OPEN' and s.definition like '%Post-flight%'""")
			.query(Long.class)
			.single();
		long workspace = jdbc.sql("select workspace_id from survey where id = :s")
			.param("s", surveyId)
			.query(Long.class)
			.single();
		int version = jdbc.sql("select max(survey_version) from response where survey_id = :s")
			.param("s", surveyId)
			.query(Integer.class)
			.single();
		Map<Long, String> written = scores(surveyId, version);
		assertThat(written).hasSizeGreaterThan(1000);
		assertThat(written.values())
			.allSatisfy(s -> assertThat(s).isNotNull().hasSize(slots(workspace, surveyId, version).size()));
		assertThat(written.values()).anySatisfy(s -> assertThat(s).contains(String.valueOf(ScoreVector.MISSING)));

		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (var clear = connection
				.prepareStatement("update response set scores = null where survey_id = ? and survey_version = ?")) {
				clear.setLong(1, surveyId);
				clear.setInt(2, version);
				clear.executeUpdate();
			}
			V11__ResponseScores.fill(connection, surveyId, version, storedDefinition(surveyId, version));
			connection.commit();
		}
		assertThat(scores(surveyId, version)).isEqualTo(written);
	}

	private List<ScoreVector.Slot> slots(long workspace, long surveyId, int version) {
		Survey survey = surveys.find(workspace, surveyId).orElseThrow();
		return ScoreVector.slots(
				surveys.findVersion(workspace, surveyId, version).map(v -> v.definition()).orElse(survey.definition()));
	}

	/**
	 * The version's definition as stored (the survey's own for its current version when
	 * that has no row).
	 */
	private String storedDefinition(long surveyId, int version) {
		return jdbc.sql("""
				select coalesce((select v.definition from survey_version v where v.survey_id = s.id and v.number = :v),
				    s.definition) from survey s where s.id = :s""")
			.param("s", surveyId)
			.param("v", version)
			.query(String.class)
			.single();
	}

	private Map<Long, String> scores(long surveyId, int version) {
		Map<Long, String> result = new java.util.HashMap<>();
		jdbc.sql("select id, scores from response where survey_id = :s and survey_version = :v")
			.param("s", surveyId)
			.param("v", version)
			.query(rs -> {
				result.put(rs.getLong(1), rs.getString(2));
			});
		return result;
	}

}
