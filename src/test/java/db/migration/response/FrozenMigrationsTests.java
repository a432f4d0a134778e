package db.migration.response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.peakxm.survey.Answer;
import io.peakxm.survey.NumberAnswer;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.ScoreVector;
import io.peakxm.survey.SurveyDefinition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static io.peakxm.survey.SurveyFixtures.choice;
import static io.peakxm.survey.SurveyFixtures.matrix;
import static io.peakxm.survey.SurveyFixtures.question;
import static io.peakxm.survey.SurveyFixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java migrations carry frozen copies of what they once took from live code: the
 * copies do what the live code did when each migration was written (and still does today;
 * should the live code change, the fixed expectations stay and the comparison with it
 * goes).
 */
class FrozenMigrationsTests {

	static final SurveyDefinition SAMPLE = survey(question("nps", QuestionType.NPS, true),
			choice("reason", QuestionType.SINGLE_CHOICE, false, "price", "service"),
			matrix("touchpoints", false, "checkin", "boarding", "seat"), question("effort", QuestionType.CES, false),
			question("comment", QuestionType.TEXT_LONG, false), question("count", QuestionType.NUMBER, false),
			question("stars", QuestionType.RATING, false), question("csat", QuestionType.CSAT, false));

	static final List<Answer> ANSWERS = List.of(new Answer("nps", QuestionType.NPS, null, null, 10.0, null),
			new Answer("reason", QuestionType.SINGLE_CHOICE, null, "price", null, null),
			new Answer("touchpoints", QuestionType.MATRIX, "checkin", null, 4.0, null),
			new Answer("touchpoints", QuestionType.MATRIX, "seat", null, 2.5, null),
			new Answer("effort", QuestionType.CES, null, null, 7.0, null),
			new Answer("count", QuestionType.NUMBER, null, null, 3.0, null),
			new Answer("stars", QuestionType.RATING, null, null, 36.0, null));

	@Test
	void v11PacksASampleExactlyAsTheLiveScoreVector() {
		String stored = JsonMapper.builder().build().writeValueAsString(SAMPLE);
		List<String> slots = V11__ResponseScores.slots(stored);
		Map<String, Double> numbers = new HashMap<>();
		ANSWERS.stream()
			.filter(a -> a.number() != null)
			.forEach(a -> numbers.put(V11__ResponseScores.slot(a.questionKey(), a.rowKey()), a.number()));

		String frozen = V11__ResponseScores.pack(slots, numbers);

		// nps 10 → a; checkin 4, boarding unanswered, seat 2.5 (not whole) → -; effort 7;
		// stars 36 (beyond z) → -.
		assertThat(frozen).isEqualTo("a4--7--");
		assertThat(frozen).isEqualTo(ScoreVector.encode(ScoreVector.slots(SAMPLE), ANSWERS));
		assertThat(slots).hasSize(ScoreVector.slots(SAMPLE).size());
		assertThat(V11__ResponseScores.MAX_SLOTS).isEqualTo(ScoreVector.MAX_SLOTS);
		assertThat(V11__ResponseScores.MISSING).isEqualTo(ScoreVector.MISSING);
	}

	@Test
	void v16BoundsAreThoseOfNumberAnswers() {
		assertThat(V16__NumberAnswersInRange.LIMIT).isEqualTo(1e12).isEqualTo(NumberAnswer.LIMIT);
		assertThat(V16__NumberAnswersInRange.MAX_DECIMALS).isEqualTo(6).isEqualTo(NumberAnswer.MAX_DECIMALS);
	}

}
