package io.peakxm.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code peakxm.mail.public-url} ({@code PEAKXM_PUBLIC_URL}), documented in
 * {@code application.properties}; read through {@link PublicUrl}.
 */
@ConfigurationProperties("peakxm.mail")
record PublicUrlProperties(String publicUrl) {
}
