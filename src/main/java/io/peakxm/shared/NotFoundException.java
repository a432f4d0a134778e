package io.peakxm.shared;

/**
 * The requested thing does not exist in the caller's workspace (or the caller may not
 * know that it does).
 */
public class NotFoundException extends RuntimeException {

	private final String code;

	public NotFoundException(String code) {
		super(code);
		this.code = code;
	}

	public String code() {
		return code;
	}

}
