package io.peakxm.insight.prediction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableDataset;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.common.tree.LeafNode;
import org.tribuo.common.tree.Node;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.dataset.DatasetView;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.SparseVector;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * A random forest of Tribuo CART trees; the only class that knows Tribuo.
 * <p>
 * Each tree is grown on its own seeded half of the training rows, drawn without replacement ("subbagging"), and
 * considers a random third of the encoded columns at each split. Half-samples make a forest about as accurate as
 * bootstrap samples (Bühlmann &amp; Yu 2002) at half the cost, and the trees are grown in parallel; Tribuo's own
 * {@code RandomForestTrainer} bootstraps full-size samples one tree after another. The probability of a response is
 * the mean of its leaves' at-risk shares.
 * <p>
 * Encoding: a number is clamped to the training range (a tree cannot extrapolate anyway) and a missing number
 * becomes one below the training minimum, so a split can send "not applicable" its own way; a category becomes a
 * one-hot column, and a missing or unseen category sets none. Every row also has a constant column, because Tribuo
 * refuses to score a row without any active column.
 */
final class TreeEnsemble implements Scorer {

	private static final String AT_RISK = "1";

	private static final String SATISFIED = "0";

	private static final String CONSTANT = "constant";

	// Deep enough to fit the interactions the data support; leaves of at least 5 rows keep trees small and fast.
	private static final int MAX_DEPTH = 30;

	private static final float MIN_LEAF_WEIGHT = 5f;

	private static final float FEATURES_PER_SPLIT = 1f / 3;

	private static final double SAMPLE_SHARE = 0.5;

	private final List<FeatureSummary> summaries;

	private final int[] numericIds;

	private final List<Map<String, Integer>> categoryIds;

	private final int constantId;

	private final int columns;

	private final List<Node<Label>> roots;

	private TreeEnsemble(List<FeatureSummary> summaries, ImmutableFeatureMap map, List<Node<Label>> roots) {
		this.summaries = summaries;
		this.numericIds = new int[summaries.size()];
		this.categoryIds = new ArrayList<>();
		for (int j = 0; j < summaries.size(); j++) {
			this.numericIds[j] = map.getID(numericName(j));
			Map<String, Integer> ids = new HashMap<>();
			for (String category : summaries.get(j).categories()) {
				ids.put(category, map.getID(categoryName(j, category)));
			}
			this.categoryIds.add(ids);
		}
		this.constantId = map.getID(CONSTANT);
		this.columns = map.size();
		this.roots = roots;
	}

	static TreeEnsemble train(FeatureTable table, boolean[] atRisk, int[] training, List<FeatureSummary> summaries,
			int trees, SplittableRandom random) {
		LabelFactory labels = new LabelFactory();
		MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("responses", labels),
				labels);
		for (int row : training) {
			dataset.add(example(table.row(row), atRisk[row], summaries));
		}
		ImmutableFeatureMap map = dataset.getFeatureIDMap();
		long[] seeds = random.longs(trees).toArray();
		int sampleSize = Math.max(1, (int) Math.round(training.length * SAMPLE_SHARE));
		// Views share the dataset's feature map, so every tree numbers the columns alike and a row is encoded once.
		List<Node<Label>> roots = IntStream.range(0, trees).parallel().mapToObj((tree) -> {
			SplittableRandom treeRandom = new SplittableRandom(seeds[tree]);
			int[] sample = Sampling.identity(training.length);
			Sampling.shuffle(sample, treeRandom);
			int[] rows = Arrays.copyOf(sample, sampleSize);
			Arrays.sort(rows);
			DatasetView<Label> view = new DatasetView<>(dataset, rows, map, dataset.getOutputIDInfo(), "tree " + tree);
			CARTClassificationTrainer trainer = new CARTClassificationTrainer(MAX_DEPTH, MIN_LEAF_WEIGHT, 0f,
					FEATURES_PER_SPLIT, false, new GiniIndex(), treeRandom.nextLong());
			TreeModel<Label> model = trainer.train(view);
			checkSameColumns(model.getFeatureIDMap(), map);
			return model.getRoot();
		}).toList();
		return new TreeEnsemble(summaries, map, roots);
	}

	@Override
	public double probability(FeatureRow row) {
		SparseVector columns = encode(row);
		double sum = 0;
		for (Node<Label> root : this.roots) {
			Node<Label> node = root;
			while (!node.isLeaf()) {
				node = node.getNextNode(columns);
			}
			Label atRisk = ((LeafNode<Label>) node).getDistribution().get(AT_RISK);
			sum += (atRisk != null) ? atRisk.getScore() : 0;
		}
		return sum / this.roots.size();
	}

	private SparseVector encode(FeatureRow row) {
		int size = this.summaries.size() + 1;
		int[] ids = new int[size];
		double[] values = new double[size];
		int active = 0;
		for (int j = 0; j < this.summaries.size(); j++) {
			int id = -1;
			double value = 1;
			if (this.summaries.get(j).feature().isNumeric()) {
				id = this.numericIds[j];
				value = numericValue(row.number(j), this.summaries.get(j));
			}
			else if (row.category(j) != null) {
				id = this.categoryIds.get(j).getOrDefault(row.category(j), -1);
			}
			if (id >= 0) {
				ids[active] = id;
				values[active++] = value;
			}
		}
		ids[active] = this.constantId;
		values[active++] = 1;
		sortById(ids, values, active);
		return SparseVector.createSparseVector(this.columns, Arrays.copyOf(ids, active),
				Arrays.copyOf(values, active));
	}

	private static ArrayExample<Label> example(FeatureRow row, boolean atRisk, List<FeatureSummary> summaries) {
		ArrayExample<Label> example = new ArrayExample<>(new Label(atRisk ? AT_RISK : SATISFIED));
		for (int j = 0; j < summaries.size(); j++) {
			if (summaries.get(j).feature().isNumeric()) {
				example.add(numericName(j), numericValue(row.number(j), summaries.get(j)));
			}
			else if (row.category(j) != null) {
				example.add(categoryName(j, row.category(j)), 1);
			}
		}
		example.add(CONSTANT, 1);
		return example;
	}

	private static double numericValue(double value, FeatureSummary summary) {
		return Double.isNaN(value) ? summary.min() - 1 : Math.max(summary.min(), Math.min(summary.max(), value));
	}

	private static String numericName(int feature) {
		return "n" + feature;
	}

	private static String categoryName(int feature, String category) {
		return "c" + feature + "=" + category;
	}

	private static void sortById(int[] ids, double[] values, int length) {
		for (int i = 1; i < length; i++) {
			int id = ids[i];
			double value = values[i];
			int k = i - 1;
			while (k >= 0 && ids[k] > id) {
				ids[k + 1] = ids[k];
				values[k + 1] = values[k];
				k--;
			}
			ids[k + 1] = id;
			values[k + 1] = value;
		}
	}

	private static void checkSameColumns(ImmutableFeatureMap trained, ImmutableFeatureMap expected) {
		if (trained.size() != expected.size()) {
			throw new IllegalStateException("A tree numbered " + trained.size() + " columns instead of " + expected.size());
		}
		for (VariableInfo info : expected) {
			if (trained.getID(info.getName()) != expected.getID(info.getName())) {
				throw new IllegalStateException("A tree numbered column " + info.getName() + " differently");
			}
		}
	}

}
