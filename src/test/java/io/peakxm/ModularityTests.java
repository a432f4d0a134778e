package io.peakxm;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the module structure honest and writes the module diagrams to
 * target/spring-modulith-docs.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(PeakXmApplication.class);

	@Test
	void modulesRespectTheirDeclaredDependencies() {
		MODULES.verify();
	}

	@Test
	void everyFoundationModuleExists() {
		assertThat(MODULES.stream().map(m -> m.getIdentifier().toString())).contains("shared", "workspace", "web",
				"api");
	}

	@Test
	void writesModuleDiagramsAndKeepsTheDocumentedOneCurrent() throws java.io.IOException {
		Documenter documenter = new Documenter(MODULES);
		documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
		java.nio.file.Path generated = java.nio.file.Path.of("target/spring-modulith-docs/components.puml");
		// Relations come out in no fixed order, so the files are compared line by line,
		// order aside.
		assertThat(java.nio.file.Files.readAllLines(java.nio.file.Path.of("docs/modules.puml")))
			.as("docs/modules.puml is stale: copy %s to docs/modules.puml", generated)
			.containsExactlyInAnyOrderElementsOf(java.nio.file.Files.readAllLines(generated));
	}

}
