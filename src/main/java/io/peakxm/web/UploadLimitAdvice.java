package io.peakxm.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Says in words that a file sent to the API is over
 * {@code spring.servlet.multipart.max-file-size}: a 413 problem detail naming the field
 * {@code file} and the limit. The upload is refused while the request is read, before any
 * controller is chosen, so the API's own error advice (bound to its controllers) never
 * sees it. Pages get the limit as {@code uploadLimit} and check the size in the browser
 * before sending (a form's CSRF token travels in the body that was refused, so the server
 * could only answer "forbidden"); anything else keeps Spring's 413.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	/**
	 * The largest file an upload form may send, for the page's own check before sending.
	 */
	record UploadLimit(long bytes, String text) {
	}

	private final MessageSource messages;

	private final UploadLimit limit;

	UploadLimitAdvice(MessageSource messages, MultipartProperties multipart) {
		this.messages = messages;
		this.limit = new UploadLimit(multipart.getMaxFileSize().toBytes(), inWords(multipart.getMaxFileSize()));
	}

	@ModelAttribute("uploadLimit")
	UploadLimit uploadLimit() {
		return limit;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request,
			Locale locale) {
		String message = messages.getMessage("import.fileTooLarge", new Object[] { limit.text() }, locale);
		if (!request.getServletPath().startsWith("/api/")) {
			throw ex;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, message);
		problem.setType(URI.create("about:blank"));
		problem.setProperty("errors",
				List.of(Map.of("field", "file", "code", "import.fileTooLarge", "message", message)));
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	/** "50 MB", or "512 KB" below a megabyte. */
	static String inWords(DataSize size) {
		return size.toMegabytes() > 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
	}

}
