package io.peakxm.text;

/**
 * Emotions that a text expresses through cue words. {@link #DELIGHT} also covers pleasant
 * surprise.
 */
public enum TextEmotion {

	DELIGHT, GRATITUDE, JOY, DISAPPOINTMENT, FRUSTRATION, ANGER, ANXIETY

}
