package io.peakxm.web;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * The proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} PeakXM believes
 * ({@code peakxm.http.trusted-proxies}). Tomcat's RemoteIpValve
 * ({@code server.forward-headers-strategy=native}) takes the client's address and scheme
 * from those headers only when the connection comes from one of these addresses, so every
 * per-address limit (requests, survey submissions, sign-ins) counts the real client
 * behind the proxy, and a request the proxy received over TLS is secure (HSTS,
 * {@code Secure} cookies). A client that connects directly can never choose its address
 * by sending the header itself. This list replaces Spring Boot's default
 * ({@code server.tomcat.remoteip.internal-proxies}: every private network), under which
 * any machine on the same network could.
 */
class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

	private final String ranges;

	TrustedProxies(List<String> proxies) {
		this.ranges = ranges(proxies);
	}

	@Override
	public void customize(TomcatWebServerFactory factory) {
		factory.getEngineValves()
			.stream()
			.filter(RemoteIpValve.class::isInstance)
			.forEach(valve -> ((RemoteIpValve) valve).setInternalProxies(ranges));
	}

	/** After Spring Boot's customizer, which adds the valve. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * Addresses and ranges as the valve's CIDR list: a single address is a range of one
	 * (Tomcat reads a list without any {@code /} as a regular expression instead).
	 */
	static String ranges(List<String> proxies) {
		return proxies.stream()
			.map(String::trim)
			.filter(p -> !p.isEmpty())
			.map(p -> p.contains("/") ? p : p + (p.contains(":") ? "/128" : "/32"))
			.collect(Collectors.joining(", "));
	}

}
