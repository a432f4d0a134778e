package io.peakxm.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers request bodies larger than the limit with 413, counting the bytes actually read
 * — a chunked body has no Content-Length to check. A declared length over the limit is
 * refused before anything reads it; otherwise the body is read through
 * {@link LimitedBody}, which stops at the limit. Posted forms are read by Tomcat itself,
 * which stops at {@code server.tomcat.max-http-form-post-size} (the same limit, see
 * application.properties); they are read here first so that such a form gets the same
 * answer. File uploads (multipart) have their own, larger limits in
 * {@code spring.servlet.multipart.*}, which Tomcat enforces on the bytes it reads (413).
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final long maxBulkBytes;

	private final List<String> bulkPatterns;

	private final AntPathMatcher paths = new AntPathMatcher();

	private final MessageSource messages;

	private final LocaleResolver locales;

	RequestSizeLimitFilter(long maxBytes, long maxBulkBytes, List<String> bulkPatterns, MessageSource messages,
			LocaleResolver locales) {
		this.maxBytes = maxBytes;
		this.maxBulkBytes = maxBulkBytes;
		this.bulkPatterns = List.copyOf(bulkPatterns);
		this.messages = messages;
		this.locales = locales;
	}

	/** The limit of a request's body: the bulk limit for a POST to a bulk endpoint. */
	private long limitOf(HttpServletRequest request) {
		if ("POST".equals(request.getMethod())) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (bulkPatterns.stream().anyMatch(p -> paths.match(p, path))) {
				return maxBulkBytes;
			}
		}
		return maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
		if (contentType.startsWith("multipart/")) {
			chain.doFilter(request, response);
			return;
		}
		long limit = limitOf(request);
		if (request.getContentLengthLong() > limit || formTooLarge(request, contentType)) {
			refuse(request, response, limit);
			return;
		}
		chain.doFilter(new LimitedBody(request, limit), response);
	}

	/**
	 * Reads a posted form's parameters now (the next filters need them anyway): Tomcat
	 * stops at the limit.
	 */
	private static boolean formTooLarge(HttpServletRequest request, String contentType) {
		if (!"POST".equals(request.getMethod())
				|| !contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
			return false;
		}
		try {
			request.getParameterMap();
			return false;
		}
		catch (InvalidParameterException notRead) {
			if (notRead.getErrorCode() == 413) {
				return true;
			}
			throw notRead;
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		String detail = messages.getMessage("problem.tooLarge", new Object[] { limit }, locales.resolveLocale(request));
		response.setStatus(413);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\""
					+ detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
	}

}
