package io.peakxm.response.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Reads and writes an import at the same time: a reader thread parses and checks the rows
 * and hands the good ones over in batches while the caller's thread — the one that holds
 * the transaction's connection — writes the batch before. Parsing and writing take about
 * as long each, so an import takes about half the time it would in one thread.
 * <p>
 * The first bad row stops the writing ({@link Rows#stopWriting}); the reader goes on
 * checking, so that every problem of the file can be reported. An exception of the reader
 * is rethrown to the caller after the batches before it; an exception of the writer
 * cancels the reader and is rethrown. Either way {@link #run} returns or throws only
 * after the reader thread has ended, and the batches reach the writer in the order the
 * reader handed the rows over. Everything the reader returns or left behind is visible to
 * the caller when {@code run} returns.
 *
 * @param <T> a checked row
 */
public final class ImportPipeline<T> {

	/**
	 * Batches the reader may be ahead of the writer: enough to even out their speeds, few
	 * enough to bound memory.
	 */
	private static final int BATCHES_AHEAD = 4;

	/** What the reader does with the rows it checked. */
	public interface Rows<T> {

		/**
		 * Hands over a checked row to be written; ignored once the writing has stopped.
		 */
		void accept(T row);

		/**
		 * Stops the writing (a row was bad); what was handed over and not written yet is
		 * dropped.
		 */
		void stopWriting();

	}

	/**
	 * Reads the file on the reader thread and returns what the caller needs to know of it
	 * afterwards.
	 */
	@FunctionalInterface
	public interface Reader<T, R> {

		R read(Rows<T> rows);

	}

	/** Thrown inside the reader when the writer failed: ends the reading early. */
	private static final class WriterFailed extends CancellationException {

		WriterFailed() {
			super("the import's writer failed");
		}

	}

	private final int batchSize;

	private final BlockingQueue<List<T>> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);

	/** Marks the end of the reading; compared by identity. */
	private final List<T> end = new ArrayList<>(0);

	private volatile boolean writing = true;

	private volatile boolean writerFailed;

	private ImportPipeline(int batchSize) {
		this.batchSize = batchSize;
	}

	/**
	 * Runs {@code reader} on a thread of its own and {@code writer} on this thread, for
	 * batches of {@code batchSize} rows (the last one may be smaller); returns what the
	 * reader returned.
	 */
	public static <T, R> R run(int batchSize, Reader<T, R> reader, Consumer<List<T>> writer) {
		if (batchSize < 1) {
			throw new IllegalArgumentException("batchSize " + batchSize);
		}
		return new ImportPipeline<T>(batchSize).execute(reader, writer);
	}

	private <R> R execute(Reader<T, R> reader, Consumer<List<T>> writer) {
		ExecutorService executor = Executors.newSingleThreadExecutor(new CustomizableThreadFactory("import-reader-"));
		try {
			Future<R> reading = executor.submit(() -> read(reader));
			try {
				write(writer);
			}
			catch (RuntimeException | Error ex) {
				stopReader(reading);
				throw ex;
			}
			return outcome(reading);
		}
		finally {
			executor.shutdownNow();
			awaitEnd(executor);
		}
	}

	private <R> R read(Reader<T, R> reader) throws InterruptedException {
		Batcher batcher = new Batcher();
		try {
			R result = reader.read(batcher);
			batcher.flush();
			return result;
		}
		catch (RuntimeException | Error ex) {
			writing = false;
			throw ex;
		}
		finally {
			if (!writerFailed) {
				batches.put(end);
			}
		}
	}

	/**
	 * Writes the batches in the order they come until the reader's end; drops them once
	 * the writing stopped.
	 */
	private void write(Consumer<List<T>> writer) {
		while (true) {
			List<T> batch = take();
			if (batch == end) {
				return;
			}
			if (writing) {
				writer.accept(batch);
			}
		}
	}

	private List<T> take() {
		try {
			return batches.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("import interrupted", ex);
		}
	}

	/**
	 * Makes the reader end soon: it checks the flag for every row, and the interrupt
	 * frees it from a full queue.
	 */
	private void stopReader(Future<?> reading) {
		writing = false;
		writerFailed = true;
		reading.cancel(true);
	}

	private static <R> R outcome(Future<R> reading) {
		try {
			return reading.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			reading.cancel(true);
			throw new IllegalStateException("import interrupted", ex);
		}
	}

	/** Waits for the reader thread to end, so that no import leaves a thread behind. */
	private static void awaitEnd(ExecutorService executor) {
		boolean interrupted = false;
		while (true) {
			try {
				if (executor.awaitTermination(1, TimeUnit.MINUTES)) {
					break;
				}
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Collects the reader's rows into batches and puts each full batch into the queue.
	 */
	private final class Batcher implements Rows<T> {

		private List<T> batch = new ArrayList<>(batchSize);

		@Override
		public void accept(T row) {
			if (writerFailed) {
				throw new WriterFailed();
			}
			if (!writing) {
				return;
			}
			batch.add(row);
			if (batch.size() == batchSize) {
				handOver();
			}
		}

		@Override
		public void stopWriting() {
			writing = false;
			batch = new ArrayList<>(0);
		}

		void flush() {
			if (writing && !batch.isEmpty()) {
				handOver();
			}
		}

		private void handOver() {
			try {
				batches.put(List.copyOf(batch));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new WriterFailed();
			}
			batch = new ArrayList<>(batchSize);
		}

	}

}
