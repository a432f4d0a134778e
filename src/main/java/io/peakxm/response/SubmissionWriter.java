package io.peakxm.response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.peakxm.response.internal.ResponseStore;
import io.peakxm.survey.Answer;
import io.peakxm.survey.QuestionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for submissions. Request threads hand checked responses to a queue and
 * wait; writer threads take whatever has queued up (one response when it is quiet, up to
 * {@code peakxm.responses.write-batch} under load) and write it in one transaction:
 * idempotency keys looked up once per batch, rows in JDBC batches (COPY on PostgreSQL),
 * single-use claims, a {@link ResponseSubmitted} event per response and one
 * {@link ResponseBatchSubmitted} for the batch in the same transaction. Each waiting
 * request is answered only after that commit. If a batch fails (a claim refused, a key
 * inserted meanwhile by another node), its responses are written again one by one, so one
 * bad response never fails its neighbours. Before the writer threads run and after they
 * stop, and when the caller is inside a transaction, the caller's thread writes its own
 * response.
 */
@Component
class SubmissionWriter implements SmartLifecycle {

	/**
	 * A checked response waiting to be written, and the request waiting for its receipt.
	 */
	record Pending(ResponseStore.NewResponse row, List<Answer> answers, Map<String, String> fields,
			ResponseRecorder.Claim claim, CompletableFuture<Receipt> done) {
	}

	private static final Logger log = LoggerFactory.getLogger(SubmissionWriter.class);

	private final ResponseStore store;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final int maxBatch;

	private final int threads;

	private final BlockingQueue<Pending> queue;

	/**
	 * The writer threads while running; a new pool per start, since a stopped pool cannot
	 * start again.
	 */
	private ExecutorService writers;

	private volatile boolean running;

	SubmissionWriter(ResponseStore store, TransactionTemplate transactions, ApplicationEventPublisher events,
			SubmissionProperties properties) {
		this.store = store;
		this.transactions = transactions;
		this.events = events;
		this.maxBatch = properties.writeBatch();
		this.threads = properties.writerThreads();
		this.queue = new ArrayBlockingQueue<>(this.maxBatch * 50);
	}

	/**
	 * Writes a response and returns its receipt once committed (or the earlier response
	 * under the same key).
	 */
	Receipt write(Pending pending) {
		if (!running || TransactionSynchronizationManager.isActualTransactionActive()) {
			// Not started yet, stopped, or called inside a transaction (demo data in the
			// transaction that creates the
			// workspace): written on this thread, in that transaction.
			writeBatch(List.of(pending));
			return join(pending.done());
		}
		try {
			if (!queue.offer(pending, 10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the response writer is overloaded");
			}
			return join(pending.done());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the response to be written", ex);
		}
	}

	private static Receipt join(CompletableFuture<Receipt> done) {
		try {
			return done.get(60, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("the response was not written within 60 s", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void loop() {
		List<Pending> batch = new ArrayList<>(maxBatch);
		while (running || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, maxBatch - 1);
				writeBatch(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.error("Response writer failed on a batch of {}", batch.size(), ex);
				batch.forEach(p -> p.done().completeExceptionally(ex));
			}
			finally {
				batch.clear();
			}
		}
	}

	/**
	 * Writes a batch in one transaction; on failure, each of its responses on its own.
	 */
	private void writeBatch(List<Pending> batch) {
		try {
			Map<Pending, Receipt> receipts = transactions.execute(status -> insert(batch));
			receipts.forEach((pending, receipt) -> pending.done().complete(receipt));
		}
		catch (RuntimeException ex) {
			if (batch.size() == 1) {
				Pending only = batch.get(0);
				if (ex instanceof DuplicateKeyException && only.row().idempotencyKey() != null) {
					// Another request with the same key committed first: answer with its
					// response.
					var earlier = store.findByIdempotencyKey(only.row().workspaceId(), only.row().idempotencyKey());
					if (earlier.isPresent()) {
						only.done().complete(earlier.get());
						return;
					}
				}
				only.done().completeExceptionally(ex);
				return;
			}
			for (Pending pending : batch) {
				writeBatch(List.of(pending));
			}
		}
	}

	private Map<Pending, Receipt> insert(List<Pending> batch) {
		Map<Pending, Receipt> receipts = new LinkedHashMap<>();
		Map<Long, List<String>> keysByWorkspace = new HashMap<>();
		for (Pending p : batch) {
			if (p.row().idempotencyKey() != null) {
				keysByWorkspace.computeIfAbsent(p.row().workspaceId(), w -> new ArrayList<>())
					.add(p.row().idempotencyKey());
			}
		}
		Map<String, Receipt> earlier = new HashMap<>();
		keysByWorkspace.forEach((workspace, keys) -> store.findByIdempotencyKeys(workspace, keys)
			.forEach((key, receipt) -> earlier.put(workspace + "/" + key, receipt)));
		List<Pending> fresh = new ArrayList<>();
		Map<String, Pending> firstWithKey = new HashMap<>();
		Map<Pending, Pending> sameAs = new HashMap<>();
		for (Pending p : batch) {
			String key = p.row().idempotencyKey() == null ? null
					: p.row().workspaceId() + "/" + p.row().idempotencyKey();
			if (key != null && earlier.containsKey(key)) {
				receipts.put(p, earlier.get(key));
			}
			else if (key != null && firstWithKey.containsKey(key)) {
				sameAs.put(p, firstWithKey.get(key));
			}
			else {
				if (key != null) {
					firstWithKey.put(key, p);
				}
				fresh.add(p);
			}
		}
		if (!fresh.isEmpty()) {
			List<Long> ids = store.insertBatch(fresh.stream().map(Pending::row).toList(),
					fresh.stream().map(Pending::answers).toList(), fresh.stream().map(Pending::fields).toList());
			List<ResponseSubmitted> submitted = new ArrayList<>(fresh.size());
			List<ResponseBatchSubmitted.Contents> contents = new ArrayList<>(fresh.size());
			for (int i = 0; i < fresh.size(); i++) {
				Pending p = fresh.get(i);
				long id = ids.get(i);
				Instant at = p.row().submittedAt();
				if (p.claim() != null) {
					p.claim().claim(id, at);
				}
				ResponseSubmitted event = new ResponseSubmitted(id, p.row().workspaceId(), p.row().surveyId(),
						p.row().surveyVersion(), p.row().touchpointId(), at);
				events.publishEvent(event);
				submitted.add(event);
				contents.add(contents(id, p));
				receipts.put(p, new Receipt(id, p.row().surveyVersion(), at, false));
			}
			events.publishEvent(new ResponseBatchSubmitted(submitted, contents));
		}
		sameAs.forEach((p, first) -> {
			Receipt receipt = receipts.get(first);
			receipts.put(p, new Receipt(receipt.responseId(), receipt.surveyVersion(), receipt.submittedAt(), true));
		});
		return receipts;
	}

	/**
	 * What of a response aggregates: its hidden fields, and its answers with a number or
	 * a chosen option.
	 */
	private static ResponseBatchSubmitted.Contents contents(long id, Pending p) {
		List<ResponseBatchSubmitted.Scored> scored = new ArrayList<>(p.answers().size());
		for (Answer a : p.answers()) {
			if (a.type().aggregation() != QuestionType.Aggregation.NONE
					&& (a.number() != null || a.optionKey() != null)) {
				scored.add(new ResponseBatchSubmitted.Scored(a.questionKey(), a.type().name(), a.rowKey(),
						a.optionKey(), a.number()));
			}
		}
		return new ResponseBatchSubmitted.Contents(id, p.fields(), scored);
	}

	@Override
	public void start() {
		running = true;
		writers = Executors.newFixedThreadPool(threads, new CustomizableThreadFactory("response-writer-"));
		for (int i = 0; i < threads; i++) {
			writers.execute(this::loop);
		}
	}

	/**
	 * Lets the writers empty the queue (their loops end once it is empty), waiting up to
	 * 30 s for them.
	 */
	@Override
	public void stop() {
		running = false;
		writers.shutdown();
		try {
			if (!writers.awaitTermination(30, TimeUnit.SECONDS)) {
				log.warn("Response writers still busy 30 s after the stop; {} responses queued", queue.size());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * Stops after the web server (whose graceful shutdown waits for requests that wait
	 * for this writer).
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

}
