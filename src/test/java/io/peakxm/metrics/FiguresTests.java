package io.peakxm.metrics;

import io.peakxm.shared.LocalizedText;
import io.peakxm.survey.QuestionType;
import org.junit.jupiter.api.Test;

import static io.peakxm.metrics.TouchpointMetricsTests.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * From summed rollup figures to dashboard figures: measure by question type, ranges,
 * hiding, changes.
 */
class FiguresTests {

	private final Figures figures = new Figures(5);

	private static final LocalizedText LABEL = LocalizedText.untranslated("Q");

	@Test
	void theMainMeasureIsNpsForNpsTopTwoBoxForCsatAndTheMeanOtherwise() {
		assertThat(Figures.measureOf(QuestionType.NPS)).isEqualTo(Figure.Measure.NPS);
		assertThat(Figures.measureOf(QuestionType.CSAT)).isEqualTo(Figure.Measure.SHARE);
		assertThat(Figures.measureOf(QuestionType.CES)).isEqualTo(Figure.Measure.MEAN);
		assertThat(Figures.measureOf(QuestionType.RATING)).isEqualTo(Figure.Measure.MEAN);
		assertThat(Figures.measureOf(QuestionType.NUMBER)).isEqualTo(Figure.Measure.MEAN);
	}

	@Test
	void aShareCountsEasyAnswersForCesAndTheTopTwoBoxesOtherwise() {
		assertThat(Figures.rangeOf(QuestionType.CES)).containsExactly(5, 7);
		assertThat(Figures.rangeOf(QuestionType.CSAT)).containsExactly(4, 5);
		// CES answers 7, 5, 4, 2: two of four are "easy".
		assertThat(Figures.estimate(Figure.Measure.SHARE, QuestionType.CES, answers(7, 5, 4, 2)).value())
			.isCloseTo(50.0, within(1e-9));
	}

	@Test
	void npsIsPromotersMinusDetractorsInPercent() {
		// 9, 10, 10 promoters; 7 passive; 3 detractor: (3 - 1) / 5 = 40.
		var e = Figures.estimate(Figure.Measure.NPS, QuestionType.NPS, answers(9, 10, 10, 7, 3));

		assertThat(e.value()).isCloseTo(40.0, within(1e-9));
		assertThat(e.n()).isEqualTo(5);
	}

	@Test
	void aMeanOnAScaleKeepsItsIntervalOnTheScaleButANumbersDoesNot() {
		Aggregate few = answers(1, 2, 4, 5, 5);

		var rating = Figures.estimate(Figure.Measure.MEAN, QuestionType.CSAT, few);
		var number = Figures.estimate(Figure.Measure.MEAN, QuestionType.NUMBER, few);

		assertThat(rating.value()).isCloseTo(3.4, within(1e-9));
		assertThat(rating.interval().high()).isEqualTo(5.0);
		assertThat(number.interval().high()).isCloseTo(5.6556, within(1e-4));
	}

	@Test
	void everyScaleIsBetterHigherButANumberHasNoDirection() {
		assertThat(Figures.betterOf(QuestionType.CES)).isEqualTo(Figure.Better.HIGHER);
		assertThat(Figures.betterOf(QuestionType.MATRIX)).isEqualTo(Figure.Better.HIGHER);
		assertThat(Figures.betterOf(QuestionType.NUMBER)).isEqualTo(Figure.Better.UNKNOWN);
	}

	@Test
	void aFigureBelowTheMinimumIsHiddenAndAtItShown() {
		Figure four = figures.figure("q", "", LABEL, Figure.Measure.MEAN, QuestionType.RATING, answers(4, 4, 4, 4),
				null, null);
		Figure five = figures.figure("q", "", LABEL, Figure.Measure.MEAN, QuestionType.RATING, answers(4, 4, 4, 4, 4),
				null, null);

		assertThat(four.hidden()).isTrue();
		assertThat(five.hidden()).isFalse();
		assertThat(five.vsPrevious()).isNull();
	}

	@Test
	void aChangeIsTestedAgainstThePeriodBefore() {
		Figure up = figures.figure("q", "", LABEL, Figure.Measure.MEAN, QuestionType.RATING, answers(5, 5, 5, 5, 4, 5),
				answers(1, 2, 1, 2, 1, 2), null);

		assertThat(up.vsPrevious().difference()).isCloseTo(4.833 - 1.5, within(1e-3));
		assertThat(up.vsPrevious().significant()).isTrue();
		assertThat(up.verdict(up.vsPrevious())).isEqualTo(Figure.Verdict.BETTER);
	}

	@Test
	void theRestOfABreakdownIsTheTotalWithoutTheGroup() {
		Aggregate rest = Figures.minus(answers(1, 2, 3, 4, 5), answers(2, 5));

		assertThat(rest).isEqualTo(answers(1, 3, 4));
	}

	@Test
	void aPercentIsRoundedToOneDecimalAndZeroWithoutAnswers() {
		assertThat(Figures.percent(1, 3)).isEqualTo(33.3);
		assertThat(Figures.percent(2, 3)).isEqualTo(66.7);
		assertThat(Figures.percent(0, 0)).isZero();
	}

}
