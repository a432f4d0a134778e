package io.peakxm.workspace.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.peakxm.workspace.DemoPreparation;
import io.peakxm.workspace.DemoWorkspaceCreated;
import io.peakxm.workspace.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares an empty database: the first administrator and their workspace, and, with the
 * embedded database or {@code peakxm.demo.enabled=true}, the "SkyWay Air" demo workspace
 * with one user per role. Generated passwords are printed once in the log; there is no
 * built-in default password.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	static final String DEMO_WORKSPACE = "SkyWay Air";

	static final List<DemoUser> DEMO_USERS = List.of(new DemoUser("ops.admin@skyway.example", "Lin Wei", Role.ADMIN),
			new DemoUser("designer@skyway.example", "Maria Santos", Role.DESIGNER),
			new DemoUser("analyst@skyway.example", "Chen Jing", Role.ANALYST),
			new DemoUser("agent@skyway.example", "Tom Becker", Role.AGENT),
			new DemoUser("viewer@skyway.example", "Aiko Tanaka", Role.VIEWER));

	record DemoUser(String email, String name, Role role) {
	}

	private final UserAccounts accounts;

	private final WorkspaceStore workspaces;

	private final PasswordEncoder passwordEncoder;

	private final AccessProperties properties;

	private final Environment environment;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DemoPreparation preparation;

	FirstStart(UserAccounts accounts, WorkspaceStore workspaces, PasswordEncoder passwordEncoder,
			AccessProperties properties, Environment environment, ApplicationEventPublisher events, JdbcClient jdbc,
			Clock clock, DemoPreparation preparation) {
		this.accounts = accounts;
		this.workspaces = workspaces;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.environment = environment;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
		this.preparation = preparation;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Instant now = clock.instant();
		if (accounts.count() == 0) {
			createAdministrator(now);
		}
		if (demoEnabled() && !demoExists()) {
			preparation.begin();
			createDemo(now);
		}
	}

	/**
	 * The demo is complete once the application is ready: every start-up runner has
	 * finished and committed.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void demoReady() {
		preparation.finish();
	}

	boolean demoEnabled() {
		Boolean configured = properties.demo().enabled();
		if (configured != null) {
			return configured;
		}
		return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
	}

	private boolean demoExists() {
		return jdbc.sql("select count(*) from workspace where demo = true").query(Long.class).single() > 0;
	}

	private void createAdministrator(Instant now) {
		String email = properties.admin().emailOrDefault();
		String password = properties.admin().password();
		boolean generated = password == null || password.isBlank();
		if (generated) {
			password = SecretGenerator.password();
		}
		long organization = workspaces.insertOrganization("My organization", now);
		long workspace = workspaces.insertWorkspace(organization, "My workspace", uniqueSlug("my-workspace"), false,
				now);
		long admin = accounts.insert(email, "Administrator", passwordEncoder.encode(password), now);
		accounts.insertMembership(workspace, admin, Role.ADMIN, now);
		if (generated) {
			log.warn("""

					==================================================================
					 PeakXM first start: administrator {} created.
					 Generated password (shown only now): {}
					 Set PEAKXM_ADMIN_EMAIL / PEAKXM_ADMIN_PASSWORD to choose your own.
					==================================================================""", email, password);
		}
		else {
			log.info("PeakXM first start: administrator {} created with the configured password", email);
		}
	}

	private void createDemo(Instant now) {
		long firstAdmin = jdbc.sql("select min(user_id) from membership where role = 'ADMIN'")
			.query(Long.class)
			.single();
		long organization = workspaces.insertOrganization("SkyWay Air Group", now);
		long workspace = workspaces.insertWorkspace(organization, DEMO_WORKSPACE, uniqueSlug("skyway-air"), true, now);
		accounts.insertMembership(workspace, firstAdmin, Role.ADMIN, now);
		accounts.updateLastWorkspace(firstAdmin, workspace);
		String password = properties.demo().password();
		boolean generated = password == null || password.isBlank();
		if (generated) {
			password = SecretGenerator.password();
		}
		String hash = passwordEncoder.encode(password);
		for (DemoUser user : DEMO_USERS) {
			long id = accounts.findByEmail(user.email())
				.map(UserAccount::id)
				.orElseGet(() -> accounts.insert(user.email(), user.name(), hash, now));
			if (id != firstAdmin) {
				accounts.insertMembership(workspace, id, user.role(), now);
			}
		}
		log.warn("""

				==================================================================
				 PeakXM demo workspace "{}" created with one user per role:
				 {}
				 Demo password{}: {}
				==================================================================""", DEMO_WORKSPACE,
				DEMO_USERS.stream().map(u -> u.email() + " (" + u.role() + ")").toList(),
				generated ? " (generated, shown only now)" : "", generated ? password : "as configured");
		events.publishEvent(new DemoWorkspaceCreated(workspace, firstAdmin));
	}

	private String uniqueSlug(String base) {
		String slug = base;
		for (int i = 2; workspaces.slugExists(slug); i++) {
			slug = base + "-" + i;
		}
		return slug;
	}

}
