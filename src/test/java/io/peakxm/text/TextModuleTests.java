package io.peakxm.text;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The text package stays plain Java: no Spring, no database, nothing of the other
 * modules.
 */
class TextModuleTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.peakxm.text");

	@Test
	void textAnalyticsUsesNoSpringNoDatabaseAndNoOtherModule() {
		noClasses().that()
			.resideInAPackage("io.peakxm.text..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta..", "io.peakxm.shared..",
					"io.peakxm.survey..", "io.peakxm.response..", "io.peakxm.workspace..", "io.peakxm.web..",
					"io.peakxm.api..")
			.check(CLASSES);
	}

}
