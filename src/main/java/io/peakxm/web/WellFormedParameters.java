package io.peakxm.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.WellFormedText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses form and query parameters (multipart text fields included) that are not well-formed text
 * ({@link WellFormedText}) before any handler reads them. It throws the {@link InvalidInputException} a handler
 * would, naming each parameter, so every kind of controller answers in its usual way: REST controllers with a 400
 * problem detail, pages with their error message, the public survey page with itself again (400). Parameter
 * names with control characters never get this far: Spring Security's firewall rejects them (400).
 */
class WellFormedParameters implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod)) {
			return true;
		}
		List<FieldViolation> found = new ArrayList<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				var problem = WellFormedText.problem(parameter.getKey(), value);
				if (problem.isPresent()) {
					found.add(problem.get());
					break;
				}
			}
		}
		if (!found.isEmpty()) {
			throw new InvalidInputException(found);
		}
		return true;
	}
}
