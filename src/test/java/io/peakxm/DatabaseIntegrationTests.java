package io.peakxm;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database the tests run on: PostgreSQL when CI provides one (and then it must be
 * PostgreSQL), H2 in PostgreSQL mode otherwise. The same migrations apply to both.
 */
@PeakXmIntegrationTest
class DatabaseIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsOnPostgresWhenRequired() throws Exception {
		String product;
		try (Connection connection = dataSource.getConnection()) {
			product = connection.getMetaData().getDatabaseProductName();
		}
		System.out.println("Integration tests run on " + product);
		if ("1".equals(System.getenv("PEAKXM_REQUIRE_POSTGRES"))) {
			assertThat(product).as("PEAKXM_REQUIRE_POSTGRES=1 but tests do not run on PostgreSQL; set PEAKXM_DB_URL")
				.isEqualTo("PostgreSQL");
		}
		else {
			assertThat(product).isIn("PostgreSQL", "H2");
		}
	}

	@Test
	void allMigrationsApplied() {
		assertThat(
				jdbc.sql("select count(*) from flyway_schema_history where success = false").query(Long.class).single())
			.isZero();
		assertThat(
				jdbc.sql("select count(*) from flyway_schema_history where version = '1'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void demoWorkspaceHasAYearOfPostFlightResponses() {
		assertThat(jdbc.sql("""
				select count(*) from response r join workspace w on w.id = r.workspace_id
				where w.demo = true and r.idempotency_key like 'demo-%'""").query(Long.class).single()).isEqualTo(2500);
	}

	@Test
	void demoWorkspaceHasOneUserPerRole() {
		assertThat(jdbc.sql("""
				select count(distinct m.role) from membership m join workspace w on w.id = m.workspace_id
				where w.demo = true""").query(Long.class).single()).isEqualTo(5);
	}

	@Test
	void answersAndFieldsNeverOutliveTheirResponse() {
		// response_answer and response_field have no foreign key (migration V9, for
		// import speed): the code keeps them.
		assertThat(jdbc.sql(
				"select count(*) from response_answer a where not exists (select 1 from response r where r.id = a.response_id)")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql(
				"select count(*) from response_field f where not exists (select 1 from response r where r.id = f.response_id)")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void demoWorkspaceHasAPastInvitationCampaign() {
		assertThat(jdbc.sql("""
				select count(*) from invitation i join workspace w on w.id = i.workspace_id
				where w.demo = true and i.responded_at is not null and i.response_id is not null""")
			.query(Long.class)
			.single()).isEqualTo(30);
		assertThat(jdbc
			.sql("select count(*) from invitation where sent_at is null and email like 'passenger%@example.com'")
			.query(Long.class)
			.single()).as("demo invitations are never sent").isZero();
	}

}
