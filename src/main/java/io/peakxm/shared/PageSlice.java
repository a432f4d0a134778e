package io.peakxm.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with what a pager needs to draw itself. */
public record PageSlice<T>(List<T> items, int page, int size, long total) {

	public PageSlice {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return total == 0 ? 1 : (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public <R> PageSlice<R> map(Function<T, R> mapper) {
		return new PageSlice<>(items.stream().map(mapper).toList(), page, size, total);
	}
}
