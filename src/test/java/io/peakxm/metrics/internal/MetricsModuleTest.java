package io.peakxm.metrics.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A test of the metrics module with the modules it depends on (shared, workspace, survey,
 * journey) and their demo data, without web, api and insight. The response module is
 * included by name: metrics only listens to its events, which Spring Modulith does not
 * count as a dependency to bootstrap, and the tests stimulate it through its API. Test
 * classes with this annotation share one application context, so its configuration is the
 * same for all of them — including a spy on the rollup rebuild (the real bean until a
 * test makes it fail, reset after each test), which the atomicity tests need and the
 * others do not notice.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "response")
@ActiveProfiles("test")
@MockitoSpyBean(types = RollupRebuild.class)
public @interface MetricsModuleTest {

}
