/**
 * Experience measurement, collection side: durable response submission from every channel
 * (link, QR code, embed, e-mail, kiosk, API), typed per-answer storage, idempotency, and
 * the ResponseSubmitted event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Response",
		allowedDependencies = { "shared", "workspace", "survey" })
package io.peakxm.response;
