package io.peakxm.journey;

/** How a customer meets a touchpoint. */
public enum Channel {

	IN_PERSON, WEB, APP, PHONE, EMAIL, KIOSK, OTHER

}
