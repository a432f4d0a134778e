package io.peakxm.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CombinerTests {

	@Test
	void aLoneItemIsDoneOnTheCallersThread() {
		List<List<Integer>> calls = new ArrayList<>();
		Combiner<Integer> combiner = new Combiner<>(10, calls::add);
		combiner.apply(7);
		assertThat(calls).containsExactly(List.of(7));
	}

	@Test
	void itemsArrivingDuringATurnAreDoneTogetherInTheNextTurn() throws Exception {
		CountDownLatch firstStarted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		List<List<Integer>> calls = Collections.synchronizedList(new ArrayList<>());
		Combiner<Integer> combiner = new Combiner<>(10, items -> {
			calls.add(items);
			if (items.contains(0)) {
				firstStarted.countDown();
				await(release);
			}
		});
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			Future<?> first = pool.submit(() -> combiner.apply(0));
			assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
			List<Future<?>> later = new ArrayList<>();
			for (int i = 1; i <= 5; i++) {
				int item = i;
				later.add(pool.submit(() -> combiner.apply(item)));
			}
			// All five queue behind the running turn (and none of them is done before it
			// ends).
			Thread.sleep(200);
			assertThat(later).noneMatch(Future::isDone);
			release.countDown();
			first.get(10, TimeUnit.SECONDS);
			for (Future<?> f : later) {
				f.get(10, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(calls).hasSize(2);
		assertThat(calls.get(0)).containsExactly(0);
		assertThat(calls.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
	}

	@Test
	void aFailingItemFailsOnlyItsOwnCallerAndItsNeighboursAreDoneAlone() throws Exception {
		CountDownLatch firstStarted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		List<Integer> done = Collections.synchronizedList(new ArrayList<>());
		Combiner<Integer> combiner = new Combiner<>(10, items -> {
			if (items.contains(0)) {
				firstStarted.countDown();
				await(release);
			}
			if (items.contains(13)) {
				throw new IllegalArgumentException("unlucky " + items);
			}
			done.addAll(items);
		});
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			Future<?> first = pool.submit(() -> combiner.apply(0));
			assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
			Future<?> a = pool.submit(() -> combiner.apply(12));
			Future<?> bad = pool.submit(() -> combiner.apply(13));
			Future<?> b = pool.submit(() -> combiner.apply(14));
			Thread.sleep(200);
			release.countDown();
			first.get(10, TimeUnit.SECONDS);
			a.get(10, TimeUnit.SECONDS);
			b.get(10, TimeUnit.SECONDS);
			assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("unlucky [13]");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(done).containsExactlyInAnyOrder(0, 12, 14);
	}

	@Test
	void underContentionEveryItemIsDoneExactlyOnceInBoundedCalls() throws Exception {
		List<Integer> done = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger largest = new AtomicInteger();
		Combiner<Integer> combiner = new Combiner<>(8, items -> {
			largest.accumulateAndGet(items.size(), Math::max);
			done.addAll(items);
		});
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < 4000; i++) {
				int item = i;
				futures.add(pool.submit(() -> combiner.apply(item)));
			}
			for (Future<?> f : futures) {
				f.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(done).hasSize(4000).doesNotHaveDuplicates();
		assertThat(largest.get()).isLessThanOrEqualTo(8);
	}

	@Test
	void anErrorReachesEveryCallerOfItsTurn() {
		Combiner<Integer> combiner = new Combiner<>(4, items -> {
			throw new OutOfMemoryError("simulated");
		});
		assertThatThrownBy(() -> combiner.apply(1)).isInstanceOf(OutOfMemoryError.class);
		assertThatThrownBy(() -> new Combiner<Integer>(0, items -> {
		})).isInstanceOf(IllegalArgumentException.class);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
