package io.peakxm.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EmotionTests {

	@Test
	void aRatingOnOneToFiveIsTheEmotionPlusThree() {
		assertThat(Emotion.ofRating(1).value()).isEqualTo(-2.0);
		assertThat(Emotion.ofRating(3).value()).isEqualTo(0.0);
		assertThat(Emotion.ofRating(5).value()).isEqualTo(2.0);
		assertThat(Emotion.ofRating(3.75).value()).isEqualTo(0.75);
		assertThat(new Emotion(-1.5).rating()).isEqualTo(1.5);
		assertThat(Emotion.ofRating(4.2).rating()).isEqualTo(4.2);
	}

	@Test
	void theUnitScaleOfTheCurveIsHalfTheEmotion() {
		assertThat(Emotion.ofRating(1).unit()).isEqualTo(-1.0);
		assertThat(Emotion.ofRating(4).unit()).isEqualTo(0.5);
		assertThat(new Emotion(-1).unit()).isEqualTo(-0.5);
		assertThat(new Emotion(2).unit()).isEqualTo(1.0);
	}

	@Test
	void nothingLiesOffTheScale() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Emotion(2.01));
		assertThatIllegalArgumentException().isThrownBy(() -> Emotion.ofRating(0));
		assertThatIllegalArgumentException().isThrownBy(() -> Emotion.ofRating(Double.NaN));
		assertThat(Emotion.onScale(-2)).isTrue();
		assertThat(Emotion.onScale(2)).isTrue();
		assertThat(Emotion.onScale(3)).isFalse();
		assertThat(Emotion.onScale(-3)).isFalse();
	}

}
