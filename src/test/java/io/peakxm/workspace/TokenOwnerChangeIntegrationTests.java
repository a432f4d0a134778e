package io.peakxm.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An admin-scope API token in use by several clients at once, readers and writers, while
 * an administrator demotes and then disables its owner. Once the change has committed, no
 * request started afterwards succeeds with the old rights: the same node honours the
 * change at once (the 10-second trust of tokens does not delay it). The same test runs on
 * H2 locally and on PostgreSQL in CI.
 */
@PeakXmIntegrationTest
class TokenOwnerChangeIntegrationTests {

	private static final String PASSWORD = "Concurrent-Owner-Passw0rd";

	private static final int CLIENTS = 4;

	@Autowired
	MockMvc mvc;

	/**
	 * One request of a client: when it started, whether it wrote, and the status it got.
	 */
	record Call(long startedAt, boolean write, int status, String body) {
	}

	@Test
	void noRequestKeepsTheOldRightsOnceTheOwnersDemotionAndDisablementHaveCommitted() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		String email = TestUsers.uniqueEmail("concurrent-owner");
		long ownerId = TestUsers.addMember(mvc, admin, email, Role.ADMIN, PASSWORD);
		String token = issueAdminToken(TestUsers.signIn(mvc, email, PASSWORD));

		Queue<Call> calls = new ConcurrentLinkedQueue<>();
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		List<Future<?>> running = new ArrayList<>();
		for (int client = 0; client < CLIENTS; client++) {
			boolean writer = client % 2 == 0;
			running.add(clients.submit(() -> {
				for (int n = 0; !stop.get(); n++) {
					calls.add(call(token, writer, n));
				}
				return null;
			}));
		}
		try {
			awaitCalls(calls, c -> c.status() / 100 == 2, 20);

			changeOwner(admin, ownerId, "{\"role\":\"VIEWER\"}");
			long demotedAt = System.nanoTime();
			awaitCalls(calls, c -> c.startedAt() > demotedAt, 40);

			long disablingAt = System.nanoTime();
			changeOwner(admin, ownerId, "{\"disabled\":true}");
			long disabledAt = System.nanoTime();
			awaitCalls(calls, c -> c.startedAt() > disabledAt, 40);

			stop.set(true);
			for (Future<?> client : running) {
				client.get(30, TimeUnit.SECONDS);
			}
			List<Call> all = List.copyOf(calls);
			assertThat(all).filteredOn(c -> c.startedAt() < demotedAt && c.status() / 100 == 2).isNotEmpty();
			assertThat(all).filteredOn(c -> c.startedAt() > demotedAt)
				.as("calls started after the demotion committed")
				.allSatisfy(c -> assertThat(c.status()).isIn(403, 401))
				.anyMatch(Call::write);
			// Until the disablement commits, the token still works with the viewer's
			// rights.
			assertThat(all).filteredOn(c -> c.startedAt() > demotedAt && c.startedAt() < disablingAt)
				.anyMatch(c -> c.status() == 403);
			assertThat(all).filteredOn(c -> c.startedAt() > disabledAt)
				.as("calls started after the disablement committed")
				.allSatisfy(c -> assertThat(c.body()).contains("token.ownerDisabled"));
		}
		finally {
			stop.set(true);
			clients.shutdownNow();
		}
	}

	/**
	 * A writer creates a token (needs the admin scope and role), a reader lists the
	 * members (the same).
	 */
	private Call call(String token, boolean write, int n) throws Exception {
		long startedAt = System.nanoTime();
		var request = write ? post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"concurrent-" + n + "\",\"scopes\":[\"read\"]}") : get("/api/v1/users");
		var response = mvc.perform(request.header("Authorization", "Bearer " + token)).andReturn().getResponse();
		return new Call(startedAt, write, response.getStatus(), response.getContentAsString());
	}

	private static void awaitCalls(Queue<Call> calls, Predicate<Call> which, int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (calls.stream().filter(which).count() < count) {
			assertThat(System.nanoTime()).as("clients made too few calls in time").isLessThan(deadline);
			Thread.sleep(5);
		}
	}

	private void changeOwner(MockHttpSession admin, long ownerId, String change) throws Exception {
		mvc.perform(patch("/api/v1/users/" + ownerId).session(admin)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(change)).andExpect(status().isOk());
	}

	private String issueAdminToken(MockHttpSession owner) throws Exception {
		String body = mvc
			.perform(post("/api/v1/tokens").session(owner)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"concurrent-owner\",\"scopes\":[\"admin\"]}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return body.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
	}

}
