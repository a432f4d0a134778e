package io.peakxm.metrics.statistics;

/**
 * The three groups of Net Promoter answers on 0–10: detractors 0–6, passives 7–8,
 * promoters 9–10. The one place these bounds are written.
 */
public enum NpsGroup {

	DETRACTOR(0, 6), PASSIVE(7, 8), PROMOTER(9, 10);

	private final int lowest;

	private final int highest;

	NpsGroup(int lowest, int highest) {
		this.lowest = lowest;
		this.highest = highest;
	}

	/** The lowest answer of the group. */
	public int lowest() {
		return lowest;
	}

	/** The highest answer of the group. */
	public int highest() {
		return highest;
	}

	/**
	 * The group of an answer.
	 * @param score an answer from 0 to 10
	 * @return its group
	 * @throws IllegalArgumentException if the answer is not on the scale
	 */
	public static NpsGroup of(int score) {
		for (NpsGroup group : values()) {
			if (score >= group.lowest && score <= group.highest) {
				return group;
			}
		}
		throw new IllegalArgumentException("An NPS answer lies from 0 to 10, was " + score);
	}

}
