package io.peakxm.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.WellFormedText;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * Refuses form and query parameters (multipart text fields and file names included) that
 * are not well-formed text ({@link WellFormedText}) before any handler reads them. It
 * throws the {@link InvalidInputException} a handler would, naming each parameter, so
 * every kind of controller answers in its usual way: REST controllers with a 400 problem
 * detail, pages with their error message, the public survey page with itself again (400).
 * Parameter names with control characters never get this far: Spring Security's firewall
 * rejects them (400).
 */
class WellFormedParameters implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// Checked once, as the request arrives: an error page for it must not fail on the
		// same values again.
		if (!(handler instanceof HandlerMethod) || request.getDispatcherType() != DispatcherType.REQUEST) {
			return true;
		}
		List<FieldViolation> found = new ArrayList<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			firstProblem(parameter.getKey(), List.of(parameter.getValue())).ifPresent(found::add);
		}
		// An uploaded file's name is text the importers keep (audit log), so it obeys the
		// same rule.
		MultipartRequest multipart = WebUtils.getNativeRequest(request, MultipartRequest.class);
		if (multipart != null) {
			multipart.getMultiFileMap()
				.forEach((name,
						files) -> firstProblem(name, files.stream().map(MultipartFile::getOriginalFilename).toList())
							.ifPresent(found::add));
		}
		if (!found.isEmpty()) {
			throw new InvalidInputException(found);
		}
		return true;
	}

	private static Optional<FieldViolation> firstProblem(String name, List<String> values) {
		return values.stream().map(value -> WellFormedText.problem(name, value)).flatMap(Optional::stream).findFirst();
	}

}
