package io.peakxm.metrics;

import java.util.Arrays;

/**
 * Summed rollup figures of one question (or matrix row, or choice option) over a filter:
 * count, sum and sum of squares of the answers, and how many answers were each integer
 * 0..10.
 */
public record Aggregate(long n, double total, double totalSq, long[] histogram) {

	public static final Aggregate EMPTY = new Aggregate(0, 0, 0, new long[11]);

	public Aggregate {
		histogram = histogram == null ? new long[11] : histogram.clone();
	}

	public Aggregate plus(Aggregate other) {
		long[] h = histogram.clone();
		for (int i = 0; i < h.length; i++) {
			h[i] += other.histogram[i];
		}
		return new Aggregate(n + other.n, total + other.total, totalSq + other.totalSq, h);
	}

	/** Answers from {@code from} to {@code to} (inclusive, within 0..10). */
	public long count(int from, int to) {
		long sum = 0;
		for (int i = Math.max(0, from); i <= Math.min(10, to); i++) {
			sum += histogram[i];
		}
		return sum;
	}

	@Override
	public long[] histogram() {
		return histogram.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Aggregate a && a.n == n && Double.compare(a.total, total) == 0
				&& Double.compare(a.totalSq, totalSq) == 0 && Arrays.equals(a.histogram, histogram);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(n) * 31 + Arrays.hashCode(histogram);
	}

	@Override
	public String toString() {
		return "Aggregate[n=" + n + ", total=" + total + ", totalSq=" + totalSq + ", histogram="
				+ Arrays.toString(histogram) + "]";
	}
}
