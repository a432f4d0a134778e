package io.peakxm.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.peakxm.shared.ConflictException;
import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.NotFoundException;
import io.peakxm.shared.WellFormedTextModule;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error of a REST controller with an RFC 9457 problem detail; input errors
 * list each field with a code and a message in the caller's language.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ProblemDetailsAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex, Locale locale) {
		return withErrors(problem(HttpStatus.BAD_REQUEST, "problem.invalid", locale), ex.violations(), locale);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, ex.code(), locale);
		problem.setProperty("code", ex.code());
		return problem;
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage(ex.code(), ex.args(), ex.code(), locale));
		problem.setProperty("code", ex.code());
		return problem;
	}

	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	ProblemDetail notMultipart(org.springframework.web.multipart.MultipartException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.multipartRequired", locale);
		problem.setProperty("code", "problem.multipartRequired");
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex, Locale locale) {
		return withErrors(problem(HttpStatus.BAD_REQUEST, "problem.invalid", locale),
				List.of(FieldViolation.of(ex.getName(), "validation.type", String.valueOf(ex.getValue()))), locale);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ErrorResponseException answered) {
				// Reading stopped for a reason that has its own status: a body over the
				// size limit (413).
				return handleErrorResponseException(answered, headers, answered.getStatusCode(), request);
			}
		}
		var malformedText = WellFormedTextModule.violation(ex);
		if (malformedText.isPresent()) {
			return ResponseEntity.badRequest()
				.body(withErrors(problem(HttpStatus.BAD_REQUEST, "problem.invalid", request.getLocale()),
						List.of(malformedText.get()), request.getLocale()));
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.malformed", request.getLocale());
		problem.setProperty("code", "problem.malformed");
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldViolation> violations = ex.getFieldErrors()
			.stream()
			.map(e -> FieldViolation.of(e.getField(), "validation.invalid", String.valueOf(e.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest()
			.body(withErrors(problem(HttpStatus.BAD_REQUEST, "problem.invalid", request.getLocale()), violations,
					request.getLocale()));
	}

	private ProblemDetail problem(HttpStatus status, String detailCode, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(detailCode, null, detailCode, locale));
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	private ProblemDetail withErrors(ProblemDetail problem, List<FieldViolation> violations, Locale locale) {
		problem.setProperty("errors", violations.stream()
			.map(v -> Map.of("field", v.field(), "code", v.code(), "message", FormErrors.message(v, messages, locale)))
			.toList());
		return problem;
	}

}
