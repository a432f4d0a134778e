package io.peakxm.workspace.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.peakxm.shared.PublicPaths;
import io.peakxm.workspace.Permission;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
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
 * Two security filter chains with the same access rules, headers (a strict
 * Content-Security-Policy) and problem details instead of redirects for API calls: one
 * for requests with a bearer token (stateless), one for people (form sign-in with a
 * session).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Served to everybody; everything else needs a signed-in user or a token. The
	 * invitation link's page, declining and creating the invited account are here rather
	 * than among the modules' embeddable public pages: they keep CSRF tokens and must not
	 * be framed by other sites (accepting must not be clickjacked).
	 */
	static final List<String> ALWAYS_PUBLIC = List.of("/login", "/css/**", "/js/**", "/img/**", "/webjars/**",
			"/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/locale", "/join/*",
			"/join/*/decline", "/join/*/account");

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

	/**
	 * The same policy for public survey pages, except that any site may embed them (the
	 * embed snippet).
	 */
	static final String PUBLIC_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'self'",
			"frame-ancestors *");

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * API clients with a bearer token: no session, no CSRF (a browser never sends the
	 * token by itself), no sign-in or sign-out, no saved requests. Only the filters a
	 * token request needs, so the submission API stays cheap.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain tokenFilterChain(HttpSecurity http, ObjectProvider<PublicPaths> publicPaths,
			ApiTokenService tokens, ProblemResponses problems) throws Exception {
		Paths paths = Paths.of(publicPaths);
		http.securityMatcher(ApiTokenFilter::hasBearer);
		authorize(http, paths);
		http.csrf(csrf -> csrf.disable());
		http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.requestCache(cache -> cache.disable());
		http.logout(logout -> logout.disable());
		http.servletApi(servletApi -> servletApi.disable());
		headers(http, paths);
		exceptionHandling(http, problems);
		http.addFilterBefore(new ApiTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	/** People: form sign-in with a session, CSRF tokens on forms. */
	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<PublicPaths> publicPaths,
			SignInOutcomes signInOutcomes, UserAccounts accounts, ProblemResponses problems,
			AccessProperties properties, Clock clock) throws Exception {
		Paths paths = Paths.of(publicPaths);
		authorize(http, paths);
		http.formLogin(form -> form.loginPage("/login")
			.successHandler(signInOutcomes)
			.failureHandler(signInOutcomes)
			.permitAll());
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
		// Public module pages (surveys) act for nobody signed in, and must work embedded
		// where cookies are
		// blocked, so CSRF tokens do not apply to them; they are rate-limited instead.
		http.csrf(csrf -> csrf.ignoringRequestMatchers(paths.publicPages()));
		headers(http, paths);
		exceptionHandling(http, problems);
		http.addFilterBefore(new SignInThrottleFilter(properties.security().signInAttemptsPerMinute(), clock),
				UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new WorkspaceContextFilter(accounts), AuthorizationFilter.class);
		return http.build();
	}

	/** Always-public paths plus the modules' public pages ({@link PublicPaths}). */
	private record Paths(List<String> open, RequestMatcher publicPages) {

		static Paths of(ObjectProvider<PublicPaths> publicPaths) {
			List<String> open = new ArrayList<>(ALWAYS_PUBLIC);
			List<String> modulePublic = new ArrayList<>();
			publicPaths.orderedStream().forEach(p -> modulePublic.addAll(p.patterns()));
			open.addAll(modulePublic);
			RequestMatcher publicPages = new OrRequestMatcher(modulePublic.isEmpty() ? List.of(request -> false)
					: modulePublic.stream().map(SecurityConfiguration::path).toList());
			return new Paths(List.copyOf(open), publicPages);
		}
	}

	private static void authorize(HttpSecurity http, Paths paths) throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers(paths.open().toArray(String[]::new))
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasAuthority(Permission.METRICS_SCRAPE.authority())
			.anyRequest()
			.authenticated());
	}

	private static void headers(HttpSecurity http, Paths paths) throws Exception {
		RequestMatcher signedInPages = new NegatedRequestMatcher(paths.publicPages());
		http.headers(headers -> headers.frameOptions(frame -> frame.disable())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(signedInPages,
					new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(signedInPages,
					new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(paths.publicPages(),
					new StaticHeadersWriter("Content-Security-Policy", PUBLIC_CONTENT_SECURITY_POLICY)))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
	}

	/** Problem details for API calls, the sign-in page (or the 403 page) for people. */
	private static void exceptionHandling(HttpSecurity http, ProblemResponses problems) throws Exception {
		RequestMatcher api = new OrRequestMatcher(path("/api/**"), path("/v3/api-docs/**"), path("/actuator/**"));
		http.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(problemEntryPoint(problems), api)
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
			.defaultAccessDeniedHandlerFor(problemAccessDenied(problems), api)
			.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> true));
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
