package io.peakxm.response;

/** How a response reached PeakXM. */
public enum Channel {
	LINK, QR, EMBED, EMAIL, KIOSK, API, IMPORT
}
