package io.peakxm.response;

/**
 * How a response reached PeakXM: the link, QR code, embedded page, e-mail invitation or
 * kiosk it was given on, the API, or an import. Not the journey's {@code Channel} (how a
 * customer meets a touchpoint: in person, web, app…): a touchpoint met in person may well
 * be rated later through an e-mailed link. Stored and sent (JSON, filters, exports) by
 * its constant's name.
 */
public enum CollectionChannel {

	LINK, QR, EMBED, EMAIL, KIOSK, API, IMPORT

}
