package io.peakxm;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Code rules that Spring Modulith does not check by itself. */
class ArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
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
	void eventListenersAndSettingsAreNotPublic() {
		classes().that()
			.areAnnotatedWith(org.springframework.boot.context.properties.ConfigurationProperties.class)
			.or()
			.haveSimpleNameEndingWith("Listener")
			.should()
			.notBePublic()
			.allowEmptyShould(true)
			.check(CLASSES);
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

	@Test
	void pureCalculationCodeHasNoSpring() {
		noClasses().that()
			.resideInAnyPackage("..calculation..", "..statistics..", "..prediction..")
			.or()
			.haveSimpleName("PasswordPolicy")
			.or()
			.haveSimpleName("TokenBucketRateLimiter")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.servlet..")
			.allowEmptyShould(true)
			.check(CLASSES);
	}
}
