package io.peakxm.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what ready-made clients hide: the client's own
 * address (a proxy on 127.0.0.2 is another machine to the server), forwarded headers as a
 * proxy sets them, and a chunked body that is still being sent when the server answers.
 */
final class RawHttp {

	private final String from;

	private final int port;

	/**
	 * Requests to {@code 127.0.0.1:port} sent from the loopback address {@code from}
	 * (127.0.0.1, 127.0.0.2, …).
	 */
	RawHttp(String from, int port) {
		this.from = from;
		this.port = port;
	}

	/**
	 * A request with a complete body (may be empty); {@code headers} are "Name: value"
	 * lines.
	 */
	Response send(String method, String path, List<String> headers, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		try (Socket socket = open()) {
			OutputStream out = socket.getOutputStream();
			out.write(head(method, path, headers, "Content-Length: " + bytes.length)
				.getBytes(StandardCharsets.ISO_8859_1));
			out.write(bytes);
			out.flush();
			return Response.read(socket.getInputStream());
		}
	}

	/**
	 * A chunked body: {@code start}, then {@code fill} bytes of 'a' in 16 KB chunks, then
	 * {@code end} and the last chunk — or, with {@code end} null, no last chunk: the body
	 * never ends, so only a server that stops reading at its limit answers at all.
	 * Writing stops early if the server closes the connection.
	 */
	Response sendChunked(String method, String path, List<String> headers, String start, long fill, String end)
			throws IOException {
		try (Socket socket = open()) {
			OutputStream out = socket.getOutputStream();
			out.write(head(method, path, headers, "Transfer-Encoding: chunked").getBytes(StandardCharsets.ISO_8859_1));
			try {
				chunk(out, start.getBytes(StandardCharsets.UTF_8));
				byte[] filler = new byte[16 * 1024];
				Arrays.fill(filler, (byte) 'a');
				for (long sent = 0; sent < fill; sent += filler.length) {
					chunk(out, filler);
				}
				if (end != null) {
					chunk(out, end.getBytes(StandardCharsets.UTF_8));
					out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
				}
				out.flush();
			}
			catch (IOException closedByServer) {
				// The server answered and closed while the body was still coming: read
				// what it said.
			}
			return Response.read(socket.getInputStream());
		}
	}

	private Socket open() throws IOException {
		Socket socket = new Socket();
		socket.bind(new InetSocketAddress(from, 0));
		socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
		socket.setSoTimeout(20_000);
		return socket;
	}

	private String head(String method, String path, List<String> headers, String framing) {
		StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
				+ "\r\nConnection: close\r\n" + framing + "\r\n");
		headers.forEach(h -> head.append(h).append("\r\n"));
		return head.append("\r\n").toString();
	}

	private static void chunk(OutputStream out, byte[] data) throws IOException {
		out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
		out.write(data);
		out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
	}

	/** The status, headers (names in lower case) and body of an answer. */
	record Response(int status, Map<String, List<String>> headers, String body) {

		String header(String name) {
			List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
			return values == null ? null : values.get(0);
		}

		List<String> cookies() {
			return headers.getOrDefault("set-cookie", List.of());
		}

		/**
		 * The value of cookie {@code name} as the next request sends it ("name=value").
		 */
		String cookie(String name) {
			return cookies().stream()
				.filter(c -> c.startsWith(name + "="))
				.map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
				.findFirst()
				.orElse(null);
		}

		static Response read(InputStream in) throws IOException {
			String statusLine = line(in);
			int status = Integer.parseInt(statusLine.split(" ")[1]);
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String line = line(in); !line.isEmpty(); line = line(in)) {
				int colon = line.indexOf(':');
				headers
					.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
					.add(line.substring(colon + 1).trim());
			}
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			if (headers.containsKey("content-length")) {
				body.write(in.readNBytes(Integer.parseInt(headers.get("content-length").get(0))));
			}
			else if ("chunked"
				.equalsIgnoreCase(String.valueOf(headers.getOrDefault("transfer-encoding", List.of("")).get(0)))) {
				for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
					body.write(in.readNBytes(size));
					line(in);
				}
			}
			return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
		}

		private static String line(InputStream in) throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			for (int b = in.read(); b != '\n'; b = in.read()) {
				if (b < 0) {
					throw new IOException("connection closed before the answer was complete: " + line);
				}
				if (b != '\r') {
					line.write(b);
				}
			}
			return line.toString(StandardCharsets.ISO_8859_1);
		}
	}

}
