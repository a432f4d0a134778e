package io.peakxm.insight;

import io.peakxm.insight.calculation.EmotionalCurve;
import io.peakxm.shared.Emotion;
import io.peakxm.shared.LocalizedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The curve is on −1 … +1, the unit of the one emotion scale that the dashboards show on
 * −2 … +2.
 */
class CurvePointTests {

	@Test
	void touchpointRatingsRescaleToTheUnitOfTheirEmotion() {
		for (int rating = Emotion.LOWEST_RATING; rating <= Emotion.HIGHEST_RATING; rating++) {
			assertThat(JourneyLayout.TOUCHPOINT_SCALE.rescale(rating)).isEqualTo(Emotion.ofRating(rating).unit());
		}
		// quartiles fall between ratings
		assertThat(JourneyLayout.TOUCHPOINT_SCALE.rescale(2.75)).isEqualTo(Emotion.ofRating(2.75).unit());
	}

	@Test
	void designedEmotionIsDrawnAtHalfItsValueAndComparedWithTheMeasuredMean() {
		// designed +1 → 0.5; measured 0.25 → gap −0.25. designed −2 → −1; measured −0.25
		// → gap 0.75
		assertThat(point(1, 0.25).designed()).isEqualTo(0.5);
		assertThat(point(1, 0.25).gapToDesigned()).isCloseTo(-0.25, within(1e-12));
		assertThat(point(-2, -0.25).gapToDesigned()).isCloseTo(0.75, within(1e-12));
		assertThatIllegalArgumentException().isThrownBy(() -> point(3, 0).designed());
	}

	private static CurvePoint point(int designedEmotion, double mean) {
		return new CurvePoint(1, LocalizedText.untranslated("Check-in"), LocalizedText.untranslated("Airport"),
				designedEmotion, false, false, new EmotionalCurve.Point(0, 10, mean, mean, mean, mean, 0, 0, 10), 0, 0,
				0);
	}

}
