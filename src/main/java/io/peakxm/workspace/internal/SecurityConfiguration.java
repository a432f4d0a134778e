package io.peakxm.workspace.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.peakxm.shared.PublicPaths;
import io.peakxm.workspace.Permission;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one security filter chain: form sign-in with a session for people, bearer tokens for API clients, a strict
 * Content-Security-Policy, and problem details instead of redirects for API calls.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Served to everybody; everything else needs a signed-in user or a token. */
	static final List<String> ALWAYS_PUBLIC = List.of("/login", "/css/**", "/js/**", "/img/**", "/webjars/**",
			"/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/locale");

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

	/** The same policy for public survey pages, except that any site may embed them (the embed snippet). */
	static final String PUBLIC_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'self'",
			"frame-ancestors *");

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<PublicPaths> publicPaths,
			SignInOutcomes signInOutcomes, UserAccounts accounts, ApiTokenService tokens, ProblemResponses problems,
			AccessProperties properties, Clock clock) throws Exception {
		List<String> open = new ArrayList<>(ALWAYS_PUBLIC);
		List<String> modulePublic = new ArrayList<>();
		publicPaths.orderedStream().forEach(p -> modulePublic.addAll(p.patterns()));
		open.addAll(modulePublic);
		// Public module pages (surveys) act for nobody signed in, and must work embedded where cookies are
		// blocked, so CSRF tokens do not apply to them; they are rate-limited instead.
		RequestMatcher publicPages = new OrRequestMatcher(modulePublic.isEmpty() ? List.of(request -> false)
				: modulePublic.stream().map(SecurityConfiguration::path).toList());
		RequestMatcher api = new OrRequestMatcher(path("/api/**"), path("/v3/api-docs/**"), path("/actuator/**"));
		RequestMatcher bearer = ApiTokenFilter::hasBearer;

		http.authorizeHttpRequests(auth -> auth.requestMatchers(open.toArray(String[]::new))
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasAuthority(Permission.METRICS_SCRAPE.authority())
			.anyRequest()
			.authenticated());
		http.formLogin(form -> form.loginPage("/login")
			.successHandler(signInOutcomes)
			.failureHandler(signInOutcomes)
			.permitAll());
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
		http.csrf(csrf -> csrf.ignoringRequestMatchers(bearer, publicPages));
		RequestMatcher signedInPages = new NegatedRequestMatcher(publicPages);
		http.headers(headers -> headers.frameOptions(frame -> frame.disable())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(signedInPages,
					new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(signedInPages,
					new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(publicPages,
					new StaticHeadersWriter("Content-Security-Policy", PUBLIC_CONTENT_SECURITY_POLICY)))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		http.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(problemEntryPoint(problems), api)
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
			.defaultAccessDeniedHandlerFor(problemAccessDenied(problems), api)
			.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> true));
		http.addFilterBefore(new SignInThrottleFilter(properties.security().signInAttemptsPerMinute(), clock),
				UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new ApiTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new WorkspaceContextFilter(accounts), AuthorizationFilter.class);
		return http.build();
	}

	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	private static AuthenticationEntryPoint problemEntryPoint(ProblemResponses problems) {
		return (request, response, ex) -> problems.write(request, response, 401, "problem.unauthorized",
				"problem.signInRequired");
	}

	private static AccessDeniedHandler problemAccessDenied(ProblemResponses problems) {
		return (request, response, ex) -> problems.write(request, response, 403, "problem.forbidden",
				ex.getClass().getSimpleName().contains("Csrf") ? "problem.csrf" : "problem.permission");
	}
}
