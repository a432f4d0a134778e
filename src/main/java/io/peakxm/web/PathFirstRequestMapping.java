package io.peakxm.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Request mapping that compares the path before the other conditions. A path with a variable (such as
 * {@code /api/v1/surveys/{id}/responses}) has no direct match, so every mapping is tried; Spring checks method,
 * headers, consumes and produces first, and each of those looks at the request's headers through the security
 * wrappers (for CORS pre-flight detection), which made finding the handler the largest single cost of an API
 * request. A mapping whose path does not match cannot match at all, so the result is the same.
 */
class PathFirstRequestMapping extends RequestMappingHandlerMapping {

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		PathPatternsRequestCondition paths = info.getPathPatternsCondition();
		if (paths != null && paths.getMatchingCondition(request) == null) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}
}
