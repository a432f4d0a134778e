package io.peakxm.feedback;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo workspace's airline journey ("Fly with us"), to find its touchpoints by name
 * in tests that use the demo data.
 */
record DemoJourney(JdbcClient jdbc, long id) {

	static DemoJourney airline(JdbcClient jdbc) {
		return new DemoJourney(jdbc,
				jdbc.sql("select min(id) from journey where name = 'Fly with us'").query(Long.class).single());
	}

	/** The id of the touchpoint with this English name. */
	long touchpoint(String nameEn) {
		return jdbc.sql("select min(id) from touchpoint where journey_id = :j and name_en = :n")
			.param("j", id)
			.param("n", nameEn)
			.query(Long.class)
			.single();
	}

	/** The Chinese name of a touchpoint. */
	String nameZh(long touchpointId) {
		return jdbc.sql("select name_zh from touchpoint where id = :t")
			.param("t", touchpointId)
			.query(String.class)
			.single();
	}

}
