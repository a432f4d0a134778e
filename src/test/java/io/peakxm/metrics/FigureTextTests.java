package io.peakxm.metrics;

import java.util.Locale;

import io.peakxm.metrics.statistics.Estimates;
import io.peakxm.metrics.statistics.SignificanceTests.Change;
import io.peakxm.shared.LocalizedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a change reads on a page: amount with a true minus, arrow, and a verdict by the
 * metric's direction.
 */
class FigureTextTests {

	static final LocalizedText NPS = new LocalizedText("How likely are you to recommend us?", "您向朋友推荐我们的可能性有多大？");

	static Figure figure(Figure.Measure measure, Figure.Better better, Change change) {
		return new Figure("q", "", NPS, measure, better, Estimates.nps(10, 10, 30), change, null, false);
	}

	@Test
	void aSignificantDeclineOfAScoreIsWorseWithAMinusAndADownArrow() {
		var text = FigureText.of(
				figure(Figure.Measure.NPS, Figure.Better.HIGHER, new Change(-50.6, -4.1, 0.0001, true)),
				Locale.ENGLISH);
		assertThat(text.vsPrevious().amount()).isEqualTo("−50.6");
		assertThat(text.vsPrevious().arrow()).isEqualTo("▼");
		assertThat(text.vsPrevious().verdict()).isEqualTo(Figure.Verdict.WORSE);
		assertThat(text.vsPrevious().badgeClass()).isEqualTo("worse");
		assertThat(text.value()).isEqualTo("−40.0");
		assertThat(text.label()).isEqualTo("How likely are you to recommend us?");
		assertThat(FigureText.of(figure(Figure.Measure.NPS, Figure.Better.HIGHER, null), Locale.SIMPLIFIED_CHINESE)
			.label()).isEqualTo("您向朋友推荐我们的可能性有多大？");
	}

	@Test
	void aSignificantRiseOfAScoreIsBetter() {
		var change = FigureText
			.of(figure(Figure.Measure.MEAN, Figure.Better.HIGHER, new Change(0.42, 3.0, 0.003, true)), Locale.ENGLISH)
			.vsPrevious();
		assertThat(change.amount()).isEqualTo("+0.42");
		assertThat(change.arrow()).isEqualTo("▲");
		assertThat(change.verdict()).isEqualTo(Figure.Verdict.BETTER);
		assertThat(change.badgeClass()).isEqualTo("better");
	}

	@Test
	void aFigureWithoutABetterDirectionIsOnlyHigherOrLowerAndNotColoured() {
		var up = FigureText
			.of(figure(Figure.Measure.MEAN, Figure.Better.UNKNOWN, new Change(3.5, 2.5, 0.01, true)), Locale.ENGLISH)
			.vsPrevious();
		var down = FigureText
			.of(figure(Figure.Measure.MEAN, Figure.Better.UNKNOWN, new Change(-3.5, -2.5, 0.01, true)), Locale.ENGLISH)
			.vsPrevious();
		assertThat(up.verdict()).isEqualTo(Figure.Verdict.HIGHER);
		assertThat(down.verdict()).isEqualTo(Figure.Verdict.LOWER);
		assertThat(up.badgeClass()).isEmpty();
		assertThat(down.badgeClass()).isEmpty();
	}

	@Test
	void aChangeThatIsNotSignificantOrCannotBeTestedIsNotSignificantWhateverItsSize() {
		var large = FigureText
			.of(figure(Figure.Measure.NPS, Figure.Better.HIGHER, new Change(-30, -1.2, 0.23, false)), Locale.ENGLISH)
			.vsPrevious();
		assertThat(large.verdict()).isEqualTo(Figure.Verdict.NOT_SIGNIFICANT);
		assertThat(large.badgeClass()).isEqualTo("muted");
		assertThat(large.significant()).isFalse();
		var untested = FigureText
			.of(figure(Figure.Measure.NPS, Figure.Better.HIGHER, new Change(-30, Double.NaN, Double.NaN, false)),
					Locale.ENGLISH)
			.vsPrevious();
		assertThat(untested.verdict()).isEqualTo(Figure.Verdict.NOT_SIGNIFICANT);
	}

	@Test
	void aChangeThatRoundsToZeroHasNoSignAndNoArrow() {
		var tiny = FigureText
			.of(figure(Figure.Measure.MEAN, Figure.Better.HIGHER, new Change(-0.004, -0.1, 0.9, false)), Locale.ENGLISH)
			.vsPrevious();
		assertThat(tiny.amount()).isEqualTo("0.00");
		assertThat(tiny.arrow()).isEmpty();
		assertThat(FigureText.number(Figure.Measure.NPS, -0.04)).isEqualTo("0.0");
		assertThat(FigureText.number(Figure.Measure.NPS, -0.06)).isEqualTo("−0.1");
	}

	@Test
	void aHiddenFigureShowsNoChange() {
		Figure hidden = new Figure("q", "", NPS, Figure.Measure.NPS, Figure.Better.HIGHER, Estimates.nps(1, 1, 1),
				new Change(-50, -3, 0.001, true), null, true);
		assertThat(FigureText.of(hidden, Locale.ENGLISH).vsPrevious()).isNull();
		assertThat(FigureText.of(hidden, Locale.ENGLISH).value()).isEqualTo("–");
	}

	@Test
	void everyScoreHasHigherAsBetterAndANumberQuestionNoDirection() {
		for (var type : io.peakxm.survey.QuestionType.values()) {
			boolean scored = type.isScale() || type == io.peakxm.survey.QuestionType.MATRIX;
			assertThat(Figures.betterOf(type)).as(type.name())
				.isEqualTo(scored ? Figure.Better.HIGHER : Figure.Better.UNKNOWN);
		}
	}

}
