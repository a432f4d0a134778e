package io.peakxm.feedback.internal;

import java.util.List;
import java.util.Set;

import io.peakxm.feedback.internal.SynonymScoring.Candidate;
import io.peakxm.feedback.internal.SynonymScoring.Scored;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking of touchpoint synonyms: typical of the touchpoint beats merely frequent,
 * and too rare, excluded or not more frequent than elsewhere is left out.
 */
class SynonymScoringTests {

	@Test
	void aPhraseSeenOnlyAtTheTouchpointScoresAboveOneSeenEverywhere() {
		double typical = SynonymScoring.logOdds(4, 10, 4, 1_000);
		double common = SynonymScoring.logOdds(6, 10, 600, 1_000);
		assertThat(typical).isGreaterThan(common).isGreaterThan(0);
		assertThat(common).isLessThan(0);
		assertThat(SynonymScoring.logOdds(5, 10, 500, 1_000)).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void smoothingKeepsAPhraseSeenNowhereElseFinite() {
		double score = SynonymScoring.logOdds(4, 4, 4, 4);
		assertThat(score).isFinite().isEqualTo(Math.log(4.5 / 0.5));
	}

	@Test
	void keepsAtMostFiveOfAtLeastThreeItemsNotExcludedAndTypical() {
		List<Candidate> candidates = List.of(new Candidate("carousel", 4, 4), new Candidate("belt", 3, 3),
				new Candidate("rare", 2, 2), new Candidate("rejected", 5, 5), new Candidate("flight", 8, 800),
				new Candidate("a1", 3, 5), new Candidate("a2", 3, 6), new Candidate("a3", 3, 7),
				new Candidate("a4", 3, 8));
		List<Scored> best = SynonymScoring.best(candidates, 20, 1_000, Set.of("rejected")::contains);
		assertThat(best).extracting(Scored::phrase).containsExactly("carousel", "belt", "a1", "a2", "a3");
		assertThat(best.get(0).items()).isEqualTo(4);
		assertThat(best).allMatch(s -> s.score() > 0);
	}

}
