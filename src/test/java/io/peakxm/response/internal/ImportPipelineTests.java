package io.peakxm.response.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The import's two threads: order, the first bad row, failures on either side, and no
 * thread left behind.
 */
@Timeout(30)
class ImportPipelineTests {

	private final List<Integer> written = Collections.synchronizedList(new ArrayList<>());

	@AfterEach
	void noReaderThreadLeft() throws InterruptedException {
		// The executor has terminated when the pipeline returns; its thread may still be
		// on its way out.
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread.getName().startsWith("import-reader")) {
				thread.join(5_000);
				assertThat(thread.isAlive()).as(thread.getName() + " still running").isFalse();
			}
		}
	}

	@Test
	void writesEveryRowInTheReadersOrderAndReturnsWhatTheReaderReturned() {
		String result = ImportPipeline.<Integer, String>run(7, rows -> {
			IntStream.range(0, 10_000).forEach(rows::accept);
			return "read";
		}, written::addAll);

		assertThat(result).isEqualTo("read");
		assertThat(written).containsExactlyElementsOf(IntStream.range(0, 10_000).boxed().toList());
	}

	@Test
	void batchesAreFullButTheLast() {
		List<Integer> sizes = new ArrayList<>();
		ImportPipeline.<Integer, Void>run(10, rows -> {
			IntStream.range(0, 25).forEach(rows::accept);
			return null;
		}, batch -> sizes.add(batch.size()));

		assertThat(sizes).containsExactly(10, 10, 5);
	}

	@Test
	void theFirstBadRowStopsTheWritingWhileTheReaderGoesOnChecking() throws InterruptedException {
		CountDownLatch stopped = new CountDownLatch(1);
		CountDownLatch writing = new CountDownLatch(1);
		int checked = ImportPipeline.<Integer, Integer>run(10, rows -> {
			IntStream.range(0, 25).forEach(rows::accept);
			// The bad row comes while the first batch is being written.
			await(writing);
			rows.stopWriting();
			stopped.countDown();
			IntStream.range(25, 1_000).forEach(rows::accept);
			return 1_000;
		}, batch -> {
			written.addAll(batch);
			writing.countDown();
			await(stopped);
		});

		assertThat(checked).isEqualTo(1_000);
		// The first batch was being written when the bad row came; the second, already
		// handed over, was dropped.
		assertThat(written).containsExactlyElementsOf(IntStream.range(0, 10).boxed().toList());
	}

	@Test
	void aReadersExceptionReachesTheCallerAndStopsTheWriting() {
		IllegalStateException broken = new IllegalStateException("file broken");
		CountDownLatch failed = new CountDownLatch(1);
		CountDownLatch writing = new CountDownLatch(1);

		assertThatThrownBy(() -> ImportPipeline.<Integer, Void>run(10, rows -> {
			IntStream.range(0, 35).forEach(rows::accept);
			// The file turns out broken while the first batch is being written.
			await(writing);
			failed.countDown();
			throw broken;
		}, batch -> {
			written.addAll(batch);
			writing.countDown();
			await(failed);
			// The exception is on its way out of the reader by now.
			sleep(300);
		})).isSameAs(broken);
		assertThat(written).containsExactlyElementsOf(IntStream.range(0, 10).boxed().toList());
	}

	@Test
	void aWritersExceptionStopsTheReaderAndReachesTheCaller() {
		IllegalStateException refused = new IllegalStateException("COPY refused");
		AtomicBoolean readerEnded = new AtomicBoolean();

		assertThatThrownBy(() -> ImportPipeline.<Integer, Void>run(10, rows -> {
			try {
				for (int i = 0;; i++) {
					rows.accept(i);
				}
			}
			finally {
				readerEnded.set(true);
			}
		}, batch -> {
			// Long enough for the reader to fill the queue and wait on it.
			sleep(200);
			throw refused;
		})).isSameAs(refused);
		assertThat(readerEnded).isTrue();
	}

	@Test
	void aFileWithoutGoodRowsWritesNothing() {
		Integer rows = ImportPipeline.<Integer, Integer>run(10, out -> {
			out.stopWriting();
			return 0;
		}, written::addAll);

		assertThat(rows).isZero();
		assertThat(written).isEmpty();
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
