package io.peakxm.insight.prediction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Rows are built by feature name and keep missing values missing.
 */
class FeatureRowTests {

	private static final FeatureLayout LAYOUT = PredictionFixtures.LAYOUT;

	@Test
	void leavesValuesNotSetMissing() {
		FeatureRow row = FeatureRow.in(LAYOUT).number("Noise", 0.5).build();

		assertThat(row.number(LAYOUT.indexOf("Service"))).isNaN();
		assertThat(row.number(LAYOUT.indexOf("Noise"))).isEqualTo(0.5);
		assertThat(row.category(LAYOUT.indexOf("Segment"))).isNull();
	}

	@Test
	void readsABlankCategoryAsMissing() {
		FeatureRow row = FeatureRow.in(LAYOUT).category("Segment", "  ").build();

		assertThat(row.category(LAYOUT.indexOf("Segment"))).isNull();
	}

	@Test
	void refusesAnUnknownFeatureAWrongKindAndAnInfiniteNumber() {
		FeatureRow.Builder row = FeatureRow.in(LAYOUT);

		assertThatIllegalArgumentException().isThrownBy(() -> row.number("Delay", 3))
			.withMessage("No feature 'Delay' in [Service, Noise, Segment]");
		assertThatIllegalArgumentException().isThrownBy(() -> row.number("Segment", 3))
			.withMessage("Feature 'Segment' is categorical, not numeric");
		assertThatIllegalArgumentException().isThrownBy(() -> row.category("Service", "high"))
			.withMessage("Feature 'Service' is numeric, not categorical");
		assertThatIllegalArgumentException().isThrownBy(() -> row.number("Service", Double.POSITIVE_INFINITY))
			.withMessage("Feature 'Service' needs a finite number or NaN, not Infinity");
	}

	@Test
	void buildsIndependentRows() {
		FeatureRow.Builder builder = FeatureRow.in(LAYOUT).number("Service", 2);
		FeatureRow first = builder.build();

		FeatureRow second = builder.number("Service", 8).build();

		assertThat(first.number(0)).isEqualTo(2);
		assertThat(second.number(0)).isEqualTo(8);
		assertThat(first).isNotEqualTo(second);
	}

}
