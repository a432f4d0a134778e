package io.peakxm.feedback;

/**
 * How far re-tagging the feedback after a change of topics has come: items done of the
 * total, and whether it is still running.
 */
public record RetagProgress(boolean running, long done, long total) {

	public static final RetagProgress IDLE = new RetagProgress(false, 0, 0);

	/** Done in percent (100 when there is nothing to do). */
	public int percent() {
		return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
	}

}
