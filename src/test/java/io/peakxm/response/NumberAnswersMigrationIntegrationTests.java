package io.peakxm.response;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import db.migration.response.V16__NumberAnswersInRange;
import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestEvents;
import io.peakxm.metrics.internal.RollupRebuilder;
import io.peakxm.survey.Survey;
import io.peakxm.survey.Surveys;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Number answers stored before they were bounded (such as 1e-320 or 1e300) made every SQL
 * rebuild of their survey's rollups fail on PostgreSQL. Migration V16 keeps them as text;
 * rebuilding then works and counts only sane numbers.
 */
@PeakXmIntegrationTest
class NumberAnswersMigrationIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Surveys surveys;

	@Autowired
	ResponseRecorder recorder;

	@Autowired
	RollupRebuilder rollups;

	@Test
	void unsummableNumbersBecomeTextAndTheSurveyRebuildsAgain() throws Exception {
		long surveyId = jdbc
			.sql("select min(id) from survey where status = 'OPEN' and definition like '%checkin_wait%'")
			.query(Long.class)
			.single();
		Survey survey = surveys
			.findByPublicId(jdbc.sql("select public_id from survey where id = :s")
				.param("s", surveyId)
				.query(String.class)
				.single())
			.orElseThrow();
		long response = recorder
			.submit(survey,
					new Submission(CollectionChannel.API, "en", null, null, null, "v16-probe", null,
							Map.of("nps", List.of("9"), "checkin_wait", List.of("12")), Map.of()))
			.responseId();
		TestEvents.awaitCompletion(jdbc);
		// As an earlier version stored them: any finite number was accepted.
		int ordinal = 100;
		for (double poisoned : new double[] { 1e-320, 1e300, -4e200 }) {
			jdbc.sql(
					"""
							insert into response_answer (workspace_id, response_id, ordinal, question_key, question_type, number_value)
							values (:ws, :r, :o, 'checkin_wait', 'NUMBER', :v)""")
				.param("ws", survey.workspaceId())
				.param("r", response)
				.param("o", ordinal++)
				.param("v", poisoned)
				.update();
		}

		try (Connection connection = dataSource.getConnection()) {
			new V16__NumberAnswersInRange().migrate(context(connection));
		}

		assertThat(jdbc.sql("""
				select count(*) from response_answer where response_id = :r and question_key = 'checkin_wait'
				and number_value is null and text_value is not null""").param("r", response).query(Long.class).single())
			.isEqualTo(3);
		assertThat(jdbc.sql("select number_value from response_answer where response_id = :r and number_value = 12")
			.param("r", response)
			.query(Double.class)
			.single()).isEqualTo(12.0);
		rollups.rebuild(survey.workspaceId(), survey.id());
		assertThat(jdbc.sql("""
				select max(total_sq) from metric_rollup where survey_id = :s and question_key = 'checkin_wait'""")
			.param("s", survey.id())
			.query(Double.class)
			.single()).isLessThan(1e12);
	}

	private static Context context(Connection connection) {
		return new Context() {
			@Override
			public Configuration getConfiguration() {
				return null;
			}

			@Override
			public Connection getConnection() {
				return connection;
			}
		};
	}

}
