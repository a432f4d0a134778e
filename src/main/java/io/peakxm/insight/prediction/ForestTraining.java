package io.peakxm.insight.prediction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
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
import org.tribuo.common.tree.SplitNode;
import org.tribuo.dataset.DatasetView;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Grows a {@link RandomForest} with Tribuo's CART trees; the only class that knows
 * Tribuo.
 * <p>
 * Each tree is grown on its own seeded half of the training rows, drawn without
 * replacement ("subbagging"), and considers a random third of the columns at each split
 * (see {@link #columnsPerSplit(int)}). Half-samples make a forest about as accurate as
 * bootstrap samples (Bühlmann &amp; Yu 2002) at half the cost, and the trees grow in
 * parallel, where Tribuo's own {@code RandomForestTrainer} bootstraps full-size samples
 * one tree after another.
 */
final class ForestTraining {

	private static final String AT_RISK = "1";

	private static final String SATISFIED = "0";

	// Deep enough for the interactions the data support; leaves of at least 5 rows keep
	// the trees small and fast.
	private static final int MAX_DEPTH = 30;

	private static final float MIN_LEAF_WEIGHT = 5f;

	private static final int MIN_COLUMNS_PER_SPLIT = 4;

	private static final double SAMPLE_SHARE = 0.5;

	private ForestTraining() {
	}

	static RandomForest train(FeatureTable table, boolean[] atRisk, int[] training, List<FeatureSummary> summaries,
			int trees, SplittableRandom random) {
		ForestColumns columns = new ForestColumns(summaries);
		LabelFactory labels = new LabelFactory();
		MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("responses", labels),
				labels);
		for (int row : training) {
			dataset.add(example(columns, columns.encode(table.row(row)), atRisk[row]));
		}
		ImmutableFeatureMap map = dataset.getFeatureIDMap();
		int[] columnOfId = columnOfId(map);
		float columnsPerSplit = columnsPerSplit(map.size());
		long[] seeds = random.longs(trees).toArray();
		int sampleSize = Math.max(1, (int) Math.round(training.length * SAMPLE_SHARE));
		// Views share the dataset's feature map, so every tree numbers the columns alike.
		List<DecisionTree> forest = IntStream.range(0, trees).parallel().mapToObj((tree) -> {
			SplittableRandom treeRandom = new SplittableRandom(seeds[tree]);
			int[] sample = Sampling.identity(training.length);
			Sampling.shuffle(sample, treeRandom);
			int[] rows = Arrays.copyOf(sample, sampleSize);
			Arrays.sort(rows);
			DatasetView<Label> view = new DatasetView<>(dataset, rows, map, dataset.getOutputIDInfo(), "tree " + tree);
			CARTClassificationTrainer trainer = new CARTClassificationTrainer(MAX_DEPTH, MIN_LEAF_WEIGHT, 0f,
					columnsPerSplit, false, new GiniIndex(), treeRandom.nextLong());
			return flatten(trainer.train(view).getRoot(), columnOfId);
		}).toList();
		return new RandomForest(columns, forest);
	}

	/**
	 * The share of the columns each split considers: a third, the usual choice for
	 * forests, but at least 4 columns. Tribuo makes a node a leaf when none of its
	 * sampled columns can split it, so with few columns a third would often sample only
	 * one-hot columns already used above and stop trees early.
	 */
	static float columnsPerSplit(int columns) {
		int perSplit = Math.min(columns, Math.max(MIN_COLUMNS_PER_SPLIT, Math.round(columns / 3f)));
		return perSplit / (float) columns;
	}

	private static ArrayExample<Label> example(ForestColumns columns, double[] x, boolean atRisk) {
		ArrayExample<Label> example = new ArrayExample<>(new Label(atRisk ? AT_RISK : SATISFIED));
		for (int column = 0; column < x.length; column++) {
			// Unset one-hot columns are left out (Tribuo reads an absent column as 0);
			// numbers are always given.
			if (x[column] != 0 || !columns.isOneHot(column)) {
				example.add(Integer.toString(column), x[column]);
			}
		}
		return example;
	}

	private static int[] columnOfId(ImmutableFeatureMap map) {
		int[] columnOfId = new int[map.size()];
		for (VariableInfo info : map) {
			columnOfId[map.getID(info.getName())] = Integer.parseInt(info.getName());
		}
		return columnOfId;
	}

	/**
	 * Copies a Tribuo tree into flat arrays, numbering nodes breadth-first from the root.
	 */
	private static DecisionTree flatten(Node<Label> root, int[] columnOfId) {
		List<Node<Label>> nodes = new ArrayList<>();
		Deque<Node<Label>> queue = new ArrayDeque<>();
		queue.add(root);
		while (!queue.isEmpty()) {
			Node<Label> node = queue.poll();
			nodes.add(node);
			if (node instanceof SplitNode<Label> split) {
				queue.add(split.getLessThanOrEqual());
				queue.add(split.getGreaterThan());
			}
		}
		int n = nodes.size();
		int[] column = new int[n];
		double[] threshold = new double[n];
		int[] lessOrEqual = new int[n];
		int[] greater = new int[n];
		double[] atRiskShare = new double[n];
		int next = 1;
		for (int i = 0; i < n; i++) {
			if (nodes.get(i) instanceof SplitNode<Label> split) {
				column[i] = columnOfId[split.getFeatureID()];
				threshold[i] = split.splitValue();
				// Children were queued in this order, so they sit at the next two free
				// positions.
				lessOrEqual[i] = next++;
				greater[i] = next++;
			}
			else {
				column[i] = DecisionTree.LEAF;
				Label share = ((LeafNode<Label>) nodes.get(i)).getDistribution().get(AT_RISK);
				atRiskShare[i] = (share != null) ? share.getScore() : 0;
			}
		}
		return new DecisionTree(column, threshold, lessOrEqual, greater, atRiskShare);
	}

}
