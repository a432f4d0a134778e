package io.peakxm.insight.prediction;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The seeded random choices of training: which rows to use when there are too many, which
 * to hold out, and in which order to shuffle a feature's values.
 */
final class Sampling {

	private Sampling() {
	}

	/**
	 * A uniform sample of {@code size} of the indices 0 … n − 1 (all of them when n ≤
	 * size), in increasing order. Reservoir sampling (Vitter's algorithm R), so the rows
	 * could as well be streamed.
	 */
	static int[] reservoir(int n, int size, SplittableRandom random) {
		if (n <= size) {
			return identity(n);
		}
		int[] reservoir = identity(size);
		for (int i = size; i < n; i++) {
			int slot = random.nextInt(i + 1);
			if (slot < size) {
				reservoir[slot] = i;
			}
		}
		Arrays.sort(reservoir);
		return reservoir;
	}

	/**
	 * Splits the rows into training and held-out parts with the same share of at-risk
	 * rows in each: the held-out part takes {@code share} of each outcome's rows,
	 * rounded, but at least one.
	 */
	static Split stratified(int[] rows, boolean[] atRisk, double share, SplittableRandom random) {
		int[] positives = Arrays.stream(rows).filter((row) -> atRisk[row]).toArray();
		int[] negatives = Arrays.stream(rows).filter((row) -> !atRisk[row]).toArray();
		shuffle(positives, random);
		shuffle(negatives, random);
		int heldOutPositives = Math.max(1, (int) Math.round(positives.length * share));
		int heldOutNegatives = Math.max(1, (int) Math.round(negatives.length * share));
		int[] heldOut = concat(positives, 0, heldOutPositives, negatives, 0, heldOutNegatives);
		int[] training = concat(positives, heldOutPositives, positives.length, negatives, heldOutNegatives,
				negatives.length);
		Arrays.sort(heldOut);
		Arrays.sort(training);
		return new Split(training, heldOut);
	}

	/**
	 * Shuffles the array in place (Fisher–Yates).
	 */
	static void shuffle(int[] values, SplittableRandom random) {
		for (int i = values.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = values[i];
			values[i] = values[j];
			values[j] = swap;
		}
	}

	static int[] identity(int n) {
		int[] indices = new int[n];
		for (int i = 0; i < n; i++) {
			indices[i] = i;
		}
		return indices;
	}

	private static int[] concat(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
		int[] result = new int[(aTo - aFrom) + (bTo - bFrom)];
		System.arraycopy(a, aFrom, result, 0, aTo - aFrom);
		System.arraycopy(b, bFrom, result, aTo - aFrom, bTo - bFrom);
		return result;
	}

	/**
	 * Row indices for training and for measuring, disjoint.
	 */
	record Split(int[] training, int[] heldOut) {

	}

}
