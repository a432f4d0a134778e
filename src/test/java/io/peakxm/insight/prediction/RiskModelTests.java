package io.peakxm.insight.prediction;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Training and scoring on synthetic responses whose outcome follows a known rule.
 */
class RiskModelTests {

	private static final TrainingOptions OPTIONS = TrainingOptions.defaults();

	@Test
	void separatesResponsesThatOneThresholdSeparatesWithAnAucNearOne() {
		LabelledTable data = PredictionFixtures.atRiskBelowFive(2000, 1);

		RiskModel model = RiskModel.train(data.table(), data.atRisk(), OPTIONS);

		assertThat(model.evaluation().auc()).isGreaterThan(0.999);
		assertThat(model.evaluation().accuracy()).isGreaterThan(0.99);
		assertThat(model.factors().get(0).feature()).isEqualTo("Service");
		assertThat(model.factors().get(0).share()).isGreaterThan(0.9);
		assertThat(model.probability(PredictionFixtures.row(1, 0, "B"))).isGreaterThan(0.9);
		assertThat(model.probability(PredictionFixtures.row(9, 0, "B"))).isLessThan(0.1);
	}

	@Test
	void beatsTheLinearBaselineWhenTheOutcomeDependsOnAnInteraction() {
		LabelledTable data = PredictionFixtures.atRiskByServiceAndSegment(3000, 2);

		RiskModel model = RiskModel.train(data.table(), data.atRisk(), OPTIONS);

		assertThat(model.evaluation().accuracy()).isGreaterThan(0.97);
		assertThat(model.baseline().accuracy()).isLessThan(0.8);
		assertThat(model.accuracyGainOverBaseline()).isGreaterThan(0.15);
		assertThat(model.scoredBy()).isEqualTo(RiskModel.Kind.FOREST);
		assertThat(model.scoring()).isEqualTo(model.evaluation());
		assertThat(model.factors().stream().limit(2).map(Factor::feature)).containsExactlyInAnyOrder("Service",
				"Segment");
	}

	@Test
	void scoresWithTheBaselineWhenItRanksTheHeldOutResponsesBetter() {
		LabelledTable data = PredictionFixtures.atRiskLikelierAsServiceFalls(800, 5);

		RiskModel model = RiskModel.train(data.table(), data.atRisk(), OPTIONS);

		assertThat(model.baseline().auc()).isGreaterThan(model.evaluation().auc());
		assertThat(model.scoredBy()).isEqualTo(RiskModel.Kind.LOGISTIC_BASELINE);
		assertThat(model.scoring()).isEqualTo(model.baseline());
		// The log-odds are linear in the rating: the scores fall steadily as it rises, as
		// no forest's steps do.
		double[] scores = IntStream.rangeClosed(0, 10)
			.mapToDouble(s -> model.probability(PredictionFixtures.row(s, 0, "B")))
			.toArray();
		for (int s = 1; s < scores.length; s++) {
			assertThat(scores[s]).isLessThan(scores[s - 1]);
		}
		assertThat(model.factors().get(0).feature()).isEqualTo("Service");
	}

	@Test
	void learnsFromMissingRatingsInBothModels() {
		LabelledTable data = PredictionFixtures.atRiskWhenServiceIsMissing(1000, 3);

		RiskModel model = RiskModel.train(data.table(), data.atRisk(), OPTIONS);

		assertThat(model.evaluation().accuracy()).isEqualTo(1.0);
		assertThat(model.baseline().accuracy()).isEqualTo(1.0);
		assertThat(model.probability(PredictionFixtures.row(Double.NaN, 0, "A"))).isGreaterThan(0.9);
		assertThat(model.probability(PredictionFixtures.row(3, 0, "A"))).isLessThan(0.1);
	}

	@Test
	void readsACategoryNotSeenInTrainingAsMissing() {
		LabelledTable data = PredictionFixtures.atRiskByServiceAndSegment(1000, 4);
		RiskModel model = RiskModel.train(data.table(), data.atRisk(), OPTIONS);

		double unseen = model.probability(PredictionFixtures.row(3, 0.5, "Z"));
		double missing = model.probability(PredictionFixtures.row(3, 0.5, null));

		assertThat(unseen).isEqualTo(missing).isBetween(0.0, 1.0);
	}

	@Test
	void sameSeedAndDataGiveTheSameModel() {
		LabelledTable data = PredictionFixtures.atRiskByServiceAndSegment(1500, 5);

		RiskModel first = RiskModel.train(data.table(), data.atRisk(), OPTIONS.withSeed(42));
		RiskModel second = RiskModel.train(data.table(), data.atRisk(), OPTIONS.withSeed(42));

		assertThat(second.evaluation()).isEqualTo(first.evaluation());
		assertThat(second.baseline()).isEqualTo(first.baseline());
		assertThat(second.factors()).isEqualTo(first.factors());
		for (FeatureRow row : data.table().rows().subList(0, 50)) {
			assertThat(second.probability(row)).isEqualTo(first.probability(row));
		}
	}

	@Test
	void scoresFromManyThreadsAsFromOne() {
		LabelledTable data = PredictionFixtures.atRiskByServiceAndSegment(1500, 6);
		RiskModel model = RiskModel.train(data.table(), data.atRisk(), OPTIONS);
		List<FeatureRow> rows = data.table().rows();

		double[] sequential = rows.stream().mapToDouble(model::probability).toArray();
		double[] parallel = IntStream.range(0, rows.size())
			.parallel()
			.mapToDouble((i) -> model.probability(rows.get(i)))
			.toArray();

		assertThat(parallel).containsExactly(sequential);
	}

	@Test
	void holdsOutTheChosenShareOfEachOutcome() {
		LabelledTable data = PredictionFixtures.atRiskBelowFive(1000, 7);
		long atRisk = IntStream.range(0, 1000).filter((i) -> data.atRisk()[i]).count();

		RiskModel model = RiskModel.train(data.table(), data.atRisk(), OPTIONS.withHeldOutShare(0.3));

		ConfusionCounts heldOut = model.evaluation().confusion();
		assertThat(heldOut.truePositives() + heldOut.falseNegatives()).isEqualTo(Math.round(0.3 * atRisk));
		assertThat(heldOut.trueNegatives() + heldOut.falsePositives()).isEqualTo(Math.round(0.3 * (1000 - atRisk)));
		assertThat(model.evaluation().trainingRows() + model.evaluation().heldOutRows()).isEqualTo(1000);
	}

	@Test
	void trainsOnASampleOfAtMostTheCappedNumberOfRows() {
		LabelledTable data = PredictionFixtures.atRiskBelowFive(3000, 8);

		RiskModel model = RiskModel.train(data.table(), data.atRisk(), OPTIONS.withMaxRows(1000));

		assertThat(model.evaluation().trainingRows()).isEqualTo(800);
		assertThat(model.evaluation().heldOutRows()).isEqualTo(200);
		assertThat(model.evaluation().auc()).isGreaterThan(0.99);
	}

	@Test
	void sharesOfTheFactorsSumToOne() {
		LabelledTable data = PredictionFixtures.atRiskByServiceAndSegment(1000, 9);

		RiskModel model = RiskModel.train(data.table(), data.atRisk(), OPTIONS);

		assertThat(model.factors()).extracting(Factor::feature)
			.containsExactlyInAnyOrder("Service", "Noise", "Segment");
		assertThat(model.factors().stream().mapToDouble(Factor::share).sum()).isCloseTo(1.0, within(1e-12));
		assertThat(model.factors()).allSatisfy((factor) -> assertThat(factor.aucLoss()).isNotNegative());
		assertThat(model.factors()).isSortedAccordingTo((a, b) -> Double.compare(b.share(), a.share()));
	}

	@Test
	void refusesOutcomesThatDoNotMatchTheRows() {
		LabelledTable data = PredictionFixtures.atRiskBelowFive(200, 10);

		assertThatIllegalArgumentException().isThrownBy(() -> RiskModel.train(data.table(), new boolean[199], OPTIONS))
			.withMessage("The table has 200 rows but 199 outcomes; give one per row");
	}

	@Test
	void refusesToTrainOnFewerThanFiftyResponsesOfEitherOutcome() {
		boolean[] atRisk = new boolean[500];
		for (int i = 0; i < 49; i++) {
			atRisk[i] = true;
		}
		LabelledTable data = PredictionFixtures.withOutcomes(atRisk, 11);

		assertThatIllegalArgumentException().isThrownBy(() -> RiskModel.train(data.table(), data.atRisk(), OPTIONS))
			.withMessage(
					"Training needs at least 50 responses of each outcome, but there are 49 at risk and 451 satisfied");
	}

	@Test
	void refusesARowWithOtherFeatures() {
		LabelledTable data = PredictionFixtures.atRiskBelowFive(400, 12);
		RiskModel model = RiskModel.train(data.table(), data.atRisk(), OPTIONS);
		FeatureRow other = FeatureRow.in(FeatureLayout.of(Feature.numeric("Service"))).number("Service", 3).build();

		assertThatIllegalArgumentException().isThrownBy(() -> model.probability(other))
			.withMessageStartingWith("The row needs this model's features");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FeatureTable(PredictionFixtures.LAYOUT, List.of(other)))
			.withMessageStartingWith("Row 1 has features");
	}

	@Test
	void refusesALayoutWithoutFeaturesOrWithADuplicateName() {
		assertThatIllegalArgumentException().isThrownBy(() -> FeatureLayout.of(List.of()))
			.withMessage("A risk model needs at least one feature");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FeatureLayout.of(Feature.numeric("Age"), Feature.categorical("Age")))
			.withMessage("Feature 'Age' appears twice");
	}

	@Test
	void refusesOptionsOutOfRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> OPTIONS.withHeldOutShare(0))
			.withMessageContaining("held-out share");
		assertThatIllegalArgumentException().isThrownBy(() -> OPTIONS.withHeldOutShare(0.6))
			.withMessageContaining("held-out share");
		assertThatIllegalArgumentException().isThrownBy(() -> OPTIONS.withTrees(0)).withMessageContaining("tree");
		assertThatIllegalArgumentException().isThrownBy(() -> OPTIONS.withMaxRows(99)).withMessageContaining("100");
	}

}
