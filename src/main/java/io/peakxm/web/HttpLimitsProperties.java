package io.peakxm.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on every request ({@code peakxm.http.*}): the largest non-upload body (and the
 * largest for the bulk endpoints that modules declare with {@code shared.BulkPaths}), and
 * requests per minute for an API caller (by user or token) and for an anonymous client
 * (by address); and the reverse proxies trusted to name the client's address (see
 * {@link TrustedProxies}), by default only this machine (loopback).
 */
@ConfigurationProperties("peakxm.http")
record HttpLimitsProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("32MB") DataSize maxBulkBodySize,
		@DefaultValue("1200") int apiRequestsPerMinute, @DefaultValue("300") int anonymousRequestsPerMinute,
		@DefaultValue( {
				"127.0.0.1", "::1" }) List<String> trustedProxies){
}
