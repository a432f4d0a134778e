package io.peakxm.web;

import java.time.Clock;

import io.peakxm.shared.BulkPaths;
import io.peakxm.shared.WellFormedTextModule;
import io.peakxm.workspace.DemoPreparation;
import io.peakxm.workspace.Workspaces;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Language resolution, the page layout's model, the HTTP limits (body size, request rate)
 * that protect every endpoint, the proxies trusted to name the client, and the
 * well-formed text rule for parameters and JSON bodies.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final Workspaces workspaces;

	private final JsonMapper json;

	private final DemoPreparation demoPreparation;

	WebConfiguration(Workspaces workspaces, JsonMapper json, DemoPreparation demoPreparation) {
		this.workspaces = workspaces;
		this.json = json;
		this.demoPreparation = demoPreparation;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LayoutInterceptor(workspaces, demoPreparation));
		// After the early permission check (order 0): a caller without permission learns
		// nothing from a 400.
		registry.addInterceptor(new WellFormedParameters()).order(1);
	}

	/**
	 * JSON request bodies are read with the well-formed text rule (a JSON path names the
	 * refused string), by a copy of the application's mapper: stored documents, read by
	 * the original, stay readable without the rule. This configurer runs after Spring
	 * Boot's (order 0), so its JSON converter replaces Boot's in place.
	 */
	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.withJsonConverter(new JacksonJsonHttpMessageConverter(WellFormedTextModule.checking(json)));
	}

	@Bean
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(HttpLimitsProperties limits,
			MessageSource messages, LocaleResolver locales, ObjectProvider<BulkPaths> bulkPaths) {
		var registration = new FilterRegistrationBean<>(
				new RequestSizeLimitFilter(limits.maxBodySize().toBytes(), limits.maxBulkBodySize().toBytes(),
						bulkPaths.orderedStream().flatMap(b -> b.patterns().stream()).toList(), messages, locales));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	TrustedProxies trustedProxies(HttpLimitsProperties limits) {
		return new TrustedProxies(limits.trustedProxies());
	}

	@Bean
	FilterRegistrationBean<RequestRateLimitFilter> requestRateLimitFilter(HttpLimitsProperties limits, Clock clock) {
		var registration = new FilterRegistrationBean<>(new RequestRateLimitFilter(limits, clock));
		// After the security chain, so that signed-in users and tokens are limited by who
		// they are.
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}

}
