package io.peakxm.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request whose body stops at a number of bytes actually read, whatever the headers
 * say: a chunked body has no Content-Length to check beforehand. Reading past the limit
 * throws {@link TooLarge}, a 413 that the problem details answer also when a JSON reader
 * wrapped it.
 */
final class LimitedBody extends HttpServletRequestWrapper {

	private final long maxBytes;

	private ServletInputStream stream;

	private BufferedReader reader;

	LimitedBody(HttpServletRequest request, long maxBytes) {
		super(request);
		this.maxBytes = maxBytes;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (stream == null) {
			stream = new Counting(super.getInputStream(), maxBytes);
		}
		return stream;
	}

	@Override
	public BufferedReader getReader() throws IOException {
		if (reader == null) {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
			reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}
		return reader;
	}

	/** The body grew past the limit while it was read. */
	static final class TooLarge extends ResponseStatusException {

		private static final long serialVersionUID = 1L;

		TooLarge(long maxBytes) {
			super(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than the limit of " + maxBytes + " bytes.",
					null, "problem.tooLarge", new Object[] { maxBytes });
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream body;

		private final long maxBytes;

		private long read;

		Counting(ServletInputStream body, long maxBytes) {
			this.body = body;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int b = body.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = body.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			read += n;
			if (read > maxBytes) {
				throw new TooLarge(maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return body.isFinished();
		}

		@Override
		public boolean isReady() {
			return body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			body.setReadListener(listener);
		}

		@Override
		public void close() throws IOException {
			body.close();
		}

	}

}
