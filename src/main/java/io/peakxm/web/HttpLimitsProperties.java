package io.peakxm.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on every request ({@code peakxm.http.*}): the largest non-upload body, and requests per minute for an
 * API caller (by user or token) and for an anonymous client (by address).
 */
@ConfigurationProperties("peakxm.http")
record HttpLimitsProperties(@DefaultValue("1MB") DataSize maxBodySize,
		@DefaultValue("1200") int apiRequestsPerMinute, @DefaultValue("300") int anonymousRequestsPerMinute) {
}
