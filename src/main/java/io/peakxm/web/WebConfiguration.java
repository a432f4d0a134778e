package io.peakxm.web;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import io.peakxm.workspace.Workspaces;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Language resolution, the page layout's model, and the HTTP limits (body size, request rate) that protect every
 * endpoint.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final Workspaces workspaces;

	WebConfiguration(Workspaces workspaces) {
		this.workspaces = workspaces;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LayoutInterceptor(workspaces));
	}

	@Bean
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(HttpLimitsProperties limits) {
		var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(limits.maxBodySize().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestRateLimitFilter> requestRateLimitFilter(HttpLimitsProperties limits, Clock clock) {
		var registration = new FilterRegistrationBean<>(new RequestRateLimitFilter(limits, clock));
		// After the security chain, so that signed-in users and tokens are limited by who they are.
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}
}
