package io.peakxm.shared;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The address people reach PeakXM at ({@code peakxm.mail.public-url},
 * {@code PEAKXM_PUBLIC_URL}): links in e-mails (survey invitations, invitations to join a
 * workspace) are built on it. E-mails are written by a background job with no request to
 * look at, and an address taken from a request's Host header would let a caller choose
 * where everybody's links point; so the address is configured, and when it is left unset
 * links use {@value #UNSET_DEFAULT} and the pages that hand out links warn if they were
 * opened at another address.
 */
@Component
public final class PublicUrl {

	/**
	 * Where links point while nobody has set the address: PeakXM's default port on this
	 * machine.
	 */
	public static final String UNSET_DEFAULT = "http://localhost:8080";

	/** The configured address without a trailing slash; null when unset. */
	private final String publicUrl;

	PublicUrl(PublicUrlProperties properties) {
		String url = properties.publicUrl();
		this.publicUrl = url == null || url.isBlank() ? null : withoutTrailingSlash(url.trim());
	}

	/** The address as if configured so ({@code null} or blank: unset). */
	public static PublicUrl of(String url) {
		return new PublicUrl(new PublicUrlProperties(url));
	}

	/** The address links are built on. */
	public String base() {
		return publicUrl == null ? UNSET_DEFAULT : publicUrl;
	}

	/** Whether somebody chose the address (otherwise {@link #UNSET_DEFAULT} is used). */
	public boolean configured() {
		return publicUrl != null;
	}

	/** A link to a path of PeakXM ({@code /join/…}, {@code /s/…}). */
	public String link(String path) {
		return base() + path;
	}

	/**
	 * The address a page was opened at ({@code scheme://host[:port]}), when the public
	 * address was left unset and links therefore point elsewhere; empty when it was set
	 * on purpose or both are the same.
	 */
	public Optional<String> unsetAndOtherThan(String openedAt) {
		if (configured() || openedAt == null || sameOrigin(base(), openedAt)) {
			return Optional.empty();
		}
		return Optional.of(withoutTrailingSlash(openedAt));
	}

	/**
	 * {@link #unsetAndOtherThan(String)} for the address a request came to (as a trusted
	 * proxy reports it).
	 */
	public Optional<String> unsetAndOtherThan(HttpServletRequest request) {
		int port = request.getServerPort();
		boolean defaultPort = port == ("https".equalsIgnoreCase(request.getScheme()) ? 443 : 80);
		return unsetAndOtherThan(
				request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port));
	}

	private static boolean sameOrigin(String a, String b) {
		try {
			URI x = URI.create(a);
			URI y = URI.create(b);
			return x.getScheme() != null && x.getScheme().equalsIgnoreCase(y.getScheme()) && x.getHost() != null
					&& x.getHost().toLowerCase(Locale.ROOT).equals(String.valueOf(y.getHost()).toLowerCase(Locale.ROOT))
					&& port(x) == port(y);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

	private static String withoutTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
