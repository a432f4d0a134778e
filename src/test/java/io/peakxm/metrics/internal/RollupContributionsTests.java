package io.peakxm.metrics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import io.peakxm.metrics.Aggregate;
import io.peakxm.response.ResponseBatchSubmitted;
import io.peakxm.response.ResponseBatchSubmitted.Scored;
import io.peakxm.response.ResponseReads;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What responses add to the rollups, from a fake response port (no database, no Spring).
 */
class RollupContributionsTests {

	static final Instant LATE_EVENING = Instant.parse("2026-03-01T23:30:00Z");

	static final LocalDate DAY = LocalDate.of(2026, 3, 1);

	final FakeResponses responses = new FakeResponses();

	final Map<Long, List<String>> dimensions = new HashMap<>(Map.of(7L, List.of()));

	final RollupContributions contributions = new RollupContributions(responses,
			surveyId -> dimensions.getOrDefault(surveyId, List.of()));

	@Test
	void aNumericAnswerCountsItsValueItsSquareAndItsHistogramBar() {
		responses.add(1, null, Map.of(), new Scored("nps", "NPS", null, null, 9.0));

		Aggregate nps = contributions.of(List.of(1L), 1).get(key("", "", AnswerKey.of("nps")));

		assertThat(nps.n()).isEqualTo(1);
		assertThat(nps.total()).isEqualTo(9.0);
		assertThat(nps.totalSq()).isEqualTo(81.0);
		assertThat(nps.histogram()[9]).isEqualTo(1);
	}

	@Test
	void aNumberOutsideZeroToTenOrNotWholeIsSummedWithoutAHistogramBar() {
		responses.add(1, null, Map.of(), new Scored("minutes", "NUMBER", null, null, 12.5));

		Aggregate minutes = contributions.of(List.of(1L), 1).get(key("", "", AnswerKey.of("minutes")));

		assertThat(minutes.total()).isEqualTo(12.5);
		assertThat(minutes.histogram()).containsOnly(0L);
	}

	@Test
	void matrixRowsAreCountedApart() {
		responses.add(1, 42L, Map.of(), new Scored("tp", "MATRIX", "checkin", null, 4.0),
				new Scored("tp", "MATRIX", "boarding", null, 2.0));

		Map<RollupKey, Aggregate> result = contributions.of(List.of(1L), 1);

		assertThat(result).hasSize(2);
		RollupKey checkin = new RollupKey(3, 7, "", "", AnswerKey.row("tp", "checkin"), DAY, "LINK", "en", 42);
		assertThat(result.get(checkin).total()).isEqualTo(4.0);
		assertThat(
				result.get(new RollupKey(3, 7, "", "", AnswerKey.row("tp", "boarding"), DAY, "LINK", "en", 42)).total())
			.isEqualTo(2.0);
	}

	@Test
	void choicesCountEachOptionAndEachRespondentOnce() {
		responses.add(1, null, Map.of(), new Scored("likes", "MULTIPLE_CHOICE", null, "food", null),
				new Scored("likes", "MULTIPLE_CHOICE", null, "seat", null));
		responses.add(2, null, Map.of(), new Scored("likes", "MULTIPLE_CHOICE", null, "food", null));

		Map<RollupKey, Aggregate> result = contributions.of(List.of(1L, 2L), 1);

		assertThat(result.get(key("", "", AnswerKey.option("likes", "food"))).n()).isEqualTo(2);
		assertThat(result.get(key("", "", AnswerKey.option("likes", "seat"))).n()).isEqualTo(1);
		assertThat(result.get(key("", "", AnswerKey.of("likes"))).n()).as("respondents").isEqualTo(2);
		assertThat(result).hasSize(3);
	}

	@Test
	void textAndHiddenAnswersAddNothing() {
		responses.add(1, null, Map.of(), new Scored("comment", "TEXT_LONG", null, null, 5.0),
				new Scored("ref", "HIDDEN", null, "x", null));

		assertThat(contributions.of(List.of(1L), 1)).isEmpty();
	}

	@Test
	void eachDimensionOfTheSurveyCountsTheResponseUnderItsValueBesidesAllResponses() {
		dimensions.put(7L, List.of("cabin", "travel_type"));
		responses.add(1, null, Map.of("cabin", "Business", "gender", "f"), new Scored("nps", "NPS", null, null, 10.0));

		Map<RollupKey, Aggregate> result = contributions.of(List.of(1L), 1);

		assertThat(result.keySet()).containsExactlyInAnyOrder(key("", "", AnswerKey.of("nps")),
				key("cabin", "Business", AnswerKey.of("nps")));
		assertThat(responses.fieldsAsked).containsExactly(true);
	}

	@Test
	void signMinusOneTakesAResponseOut() {
		responses.add(1, null, Map.of(), new Scored("nps", "NPS", null, null, 3.0),
				new Scored("reason", "SINGLE_CHOICE", null, "price", null));

		Map<RollupKey, Aggregate> result = contributions.of(List.of(1L), -1);

		Aggregate nps = result.get(key("", "", AnswerKey.of("nps")));
		assertThat(nps.n()).isEqualTo(-1);
		assertThat(nps.total()).isEqualTo(-3.0);
		assertThat(nps.totalSq()).isEqualTo(-9.0);
		assertThat(nps.histogram()[3]).isEqualTo(-1);
		assertThat(result.get(key("", "", AnswerKey.option("reason", "price"))).n()).isEqualTo(-1);
		assertThat(result.get(key("", "", AnswerKey.of("reason"))).n()).isEqualTo(-1);
	}

	@Test
	void contentsAnEventCarriedAreNotReadBackAndDeletedResponsesAddNothing() {
		responses.add(1, null, Map.of(), new Scored("nps", "NPS", null, null, 1.0));
		responses.add(2, null, Map.of(), new Scored("nps", "NPS", null, null, 2.0));
		var carried = new ResponseBatchSubmitted.Contents(1, Map.of(),
				List.of(new Scored("nps", "NPS", null, null, 8.0)));
		var deleted = new ResponseBatchSubmitted.Contents(99, Map.of(),
				List.of(new Scored("nps", "NPS", null, null, 5.0)));

		Aggregate nps = contributions.of(List.of(1L, 2L, 99L), 1, Map.of(1L, carried, 99L, deleted))
			.get(key("", "", AnswerKey.of("nps")));

		assertThat(nps.total()).as("8 carried + 2 read back").isEqualTo(10.0);
		assertThat(responses.contentsAsked).containsExactly(List.of(2L));
	}

	/**
	 * Survey 7 of workspace 3, answered on 1 March (UTC) by a link in English without a
	 * touchpoint.
	 */
	private static RollupKey key(String dimName, String dimValue, AnswerKey answer) {
		return new RollupKey(3, 7, dimName, dimValue, answer, DAY, "LINK", "en", 0);
	}

	/** Responses kept in memory; records which contents were read back. */
	static final class FakeResponses implements ResponseReads {

		final Map<Long, Header> headers = new HashMap<>();

		final Map<Long, ResponseBatchSubmitted.Contents> contents = new HashMap<>();

		final List<List<Long>> contentsAsked = new ArrayList<>();

		final List<Boolean> fieldsAsked = new ArrayList<>();

		void add(long id, Long touchpoint, Map<String, String> fields, Scored... answers) {
			headers.put(id, new Header(id, 3, 7, LATE_EVENING, "LINK", "en", touchpoint));
			contents.put(id, new ResponseBatchSubmitted.Contents(id, fields, List.of(answers)));
		}

		@Override
		public Map<Long, Header> headers(Collection<Long> responseIds) {
			Map<Long, Header> found = new HashMap<>();
			responseIds.stream().filter(headers::containsKey).forEach(id -> found.put(id, headers.get(id)));
			return found;
		}

		@Override
		public Map<Long, ResponseBatchSubmitted.Contents> contents(Collection<Long> responseIds, boolean withFields) {
			contentsAsked.add(List.copyOf(responseIds));
			fieldsAsked.add(withFields);
			Map<Long, ResponseBatchSubmitted.Contents> found = new HashMap<>();
			responseIds.forEach(id -> {
				ResponseBatchSubmitted.Contents c = contents.get(id);
				found.put(id, withFields ? c : new ResponseBatchSubmitted.Contents(id, Map.of(), c.answers()));
			});
			return found;
		}

		@Override
		public void streamScores(Selection selection, List<String> fields, Consumer<PackedScores> each) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void streamNewest(Selection selection, int limit, Consumer<Profile> each) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<ValueCount> frequentValues(long workspaceId, long surveyId, String field, int newest, int limit) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<Written> texts(Collection<Long> responseIds) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void streamTexts(long workspaceId, long surveyId, Consumer<Written> each) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void streamIds(long workspaceId, long surveyId, LongConsumer each) {
			headers.keySet().forEach(each::accept);
		}

		@Override
		public void streamContents(long workspaceId, long surveyId, List<String> fields,
				java.util.function.BiConsumer<Header, ResponseBatchSubmitted.Contents> each) {
			new java.util.TreeMap<>(headers)
				.forEach((id, header) -> each.accept(header, contents(List.of(id), !fields.isEmpty()).getOrDefault(id,
						new ResponseBatchSubmitted.Contents(id, Map.of(), List.of()))));
		}

	}

}
