package io.peakxm.workspace.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Writes RFC 9457 problem details from filters, where the MVC exception handlers do not
 * reach (401 and 403 of the security chain, 429 of rate limits).
 */
@Component
public class ProblemResponses {

	private final MessageSource messages;

	ProblemResponses(MessageSource messages) {
		this.messages = messages;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, int status, String titleCode,
			String detailCode) throws IOException {
		var locale = RequestContextUtils.getLocale(request);
		String title = messages.getMessage(titleCode, null, titleCode, locale);
		String detail = messages.getMessage(detailCode, null, detailCode, locale);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":" + json(title) + ",\"status\":" + status + ",\"detail\":"
					+ json(detail) + ",\"code\":" + json(detailCode) + ",\"instance\":" + json(request.getRequestURI())
					+ "}");
	}

	static String json(String text) {
		StringBuilder sb = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> sb.append("\\\"");
				case '\\' -> sb.append("\\\\");
				case '\n' -> sb.append("\\n");
				case '\r' -> sb.append("\\r");
				case '\t' -> sb.append("\\t");
				default -> {
					if (c < 0x20 || c == '<' || c == '>' || c == '&') {
						sb.append(String.format("\\u%04x", (int) c));
					}
					else {
						sb.append(c);
					}
				}
			}
		}
		return sb.append('"').toString();
	}

}
