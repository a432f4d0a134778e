package io.peakxm.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 description at {@code /v3/api-docs}, with bearer-token authentication.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI peakXmOpenApi() {
		return new OpenAPI()
			.info(new Info().title("PeakXM API")
				.version("v1")
				.description("Experience management with peak-end analysis. Authenticate with "
						+ "'Authorization: Bearer pxm_…' (create tokens under API tokens) or a signed-in session.")
				.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("pxm token")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
