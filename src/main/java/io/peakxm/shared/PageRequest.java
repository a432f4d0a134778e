package io.peakxm.shared;

/**
 * A requested page, clamped to sane bounds so a caller can never ask for a million rows
 * at once.
 */
public record PageRequest(int page, int size) {

	public static final int MAX_SIZE = 200;

	public PageRequest {
		page = Math.max(0, page);
		size = Math.min(MAX_SIZE, Math.max(1, size));
	}

	public static PageRequest of(Integer page, Integer size, int defaultSize) {
		return new PageRequest(page == null ? 0 : page, size == null ? defaultSize : size);
	}

	public long offset() {
		return (long) page * size;
	}
}
