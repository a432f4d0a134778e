package io.peakxm.text;

/** The direction of a sentiment score once it is read as a label. */
public enum Polarity {

	NEGATIVE, NEUTRAL, POSITIVE

}
