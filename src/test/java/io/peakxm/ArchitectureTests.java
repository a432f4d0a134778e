package io.peakxm;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Code rules that Spring Modulith does not check by itself. */
class ArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.peakxm");

	@Test
	void controllersAreNotPublic() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.or()
			.areAnnotatedWith(ControllerAdvice.class)
			.or()
			.areAnnotatedWith(RestControllerAdvice.class)
			.should()
			.notBePublic()
			.check(CLASSES);
	}

	@Test
	void settingsAreNotPublic() {
		classes().that().areAnnotatedWith(ConfigurationProperties.class).should().notBePublic().check(CLASSES);
	}

	/**
	 * Event listeners are a module's inside: nobody calls them but the events, so they
	 * are not public, and they live in non-public classes of an {@code internal} package.
	 * Covers {@code @EventListener} and every annotation built on it
	 * ({@code @TransactionalEventListener}, {@code @ApplicationModuleListener}).
	 */
	static final ArchRule LISTENERS_INTERNAL = methods().that()
		.areMetaAnnotatedWith(EventListener.class)
		.should()
		.notBePublic()
		.andShould()
		.beDeclaredInClassesThat()
		.resideInAPackage("..internal..")
		.andShould()
		.beDeclaredInClassesThat()
		.areNotPublic();

	/**
	 * One listener style (docs/metrics.md, "Stored names"): a listener to something that
	 * happened in another transaction is an {@code @ApplicationModuleListener} (after
	 * commit, asynchronous, through the event publication registry); otherwise it is a
	 * synchronous {@code @EventListener}, which runs in the publisher's transaction. The
	 * one other form allowed is the same registry listener on an executor of its own
	 * (docs/architecture.md): {@code @Async("executor")} with
	 * {@code @TransactionalEventListener(id = …)}, both named. Other hand-made
	 * combinations — a bare {@code @TransactionalEventListener}, an {@code @Async}
	 * listener on the shared pool — are refused.
	 */
	static final ArchRule LISTENERS_IN_ONE_STYLE = methods().that()
		.areMetaAnnotatedWith(EventListener.class)
		.should(new ArchCondition<JavaMethod>("be an @ApplicationModuleListener, an @EventListener, or a named"
				+ " @TransactionalEventListener on a named @Async executor") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean async = method.isAnnotatedWith(Async.class);
				boolean transactional = method.isAnnotatedWith(TransactionalEventListener.class);
				if (!async && !transactional) {
					return;
				}
				if (!async || method.getAnnotationOfType(Async.class).value().isBlank()) {
					events.add(SimpleConditionEvent.violated(method,
							method.getFullName() + " is not on a named @Async executor"));
				}
				if (!transactional || method.getAnnotationOfType(TransactionalEventListener.class).id().isBlank()) {
					events.add(SimpleConditionEvent.violated(method,
							method.getFullName() + " is not a @TransactionalEventListener with an explicit id"));
				}
			}
		});

	/**
	 * A registry-backed listener has an explicit id: the registry stores it with every
	 * publication, and the default (class and method name) would orphan outstanding
	 * publications when either is renamed.
	 */
	static final ArchRule REGISTRY_LISTENERS_NAMED = methods().that()
		.areAnnotatedWith(ApplicationModuleListener.class)
		.should(new ArchCondition<JavaMethod>("have an explicit id") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				if (method.getAnnotationOfType(ApplicationModuleListener.class).id().isBlank()) {
					events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no explicit id"));
				}
			}
		});

	@Test
	void eventListenersAreInternalNotPublicInOneStyleAndNamed() {
		LISTENERS_INTERNAL.check(CLASSES);
		LISTENERS_IN_ONE_STYLE.check(CLASSES);
		REGISTRY_LISTENERS_NAMED.check(CLASSES);
	}

	@Test
	void theListenerRulesRefuseAPublicHandMadeUnnamedListener() {
		JavaClasses bad = new ClassFileImporter().importClasses(PublicListener.class);
		// Each of its two methods: public, in a public class, outside an internal
		// package.
		assertThat(LISTENERS_INTERNAL.evaluate(bad).getFailureReport().getDetails()).hasSize(6);
		assertThat(LISTENERS_IN_ONE_STYLE.evaluate(bad).getFailureReport().getDetails()).hasSize(2);
		assertThat(REGISTRY_LISTENERS_NAMED.evaluate(bad).getFailureReport().getDetails()).hasSize(1);
	}

	/**
	 * Breaks every listener rule: public, outside {@code internal}, hand-made, without an
	 * id.
	 */
	public static class PublicListener {

		@Async
		@TransactionalEventListener
		public void on(String event) {
		}

		@ApplicationModuleListener
		public void on(Integer event) {
		}

	}

	@Test
	void nothingDependsOnTheWebOrApiShells() {
		noClasses().that()
			.resideOutsideOfPackages("io.peakxm.web..", "io.peakxm.api..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.peakxm.web..", "io.peakxm.api..")
			.check(CLASSES);
	}

	/**
	 * Pure code runs without Spring. A package's own annotations (a Spring Modulith named
	 * interface on {@code package-info}) describe the package to the module model and are
	 * not code, so they do not count.
	 */
	@Test
	void pureCalculationCodeHasNoSpring() {
		noClasses().that()
			.doNotHaveSimpleName("package-info")
			.and(com.tngtech.archunit.base.DescribedPredicate.describe("are pure code",
					(com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName()
						.matches(".*\\.(calculation|statistics|prediction)(\\..*)?")
							|| c.getSimpleName().equals("PasswordPolicy")
							|| c.getSimpleName().equals("TokenBucketRateLimiter")))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.servlet..")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

}
