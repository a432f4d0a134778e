package io.peakxm.shared;

/**
 * The request is valid but conflicts with the current state (e.g. removing the last
 * administrator).
 */
public class ConflictException extends RuntimeException {

	private final String code;

	private final transient Object[] args;

	public ConflictException(String code, Object... args) {
		super(code);
		this.code = code;
		this.args = args.clone();
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args.clone();
	}

}
