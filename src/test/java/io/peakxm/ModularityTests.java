package io.peakxm;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the module structure honest and writes the module diagrams to target/spring-modulith-docs. */
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
	void writesModuleDiagrams() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}
}
