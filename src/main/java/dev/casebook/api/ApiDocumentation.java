package dev.casebook.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.context.annotation.Configuration;

/** What {@code /v3/api-docs} and the Swagger UI say about the API as a whole. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Casebook API", version = "1",
		description = "Companies, tools, practices, sources and tags as JSON, every relation as a link; "
				+ "relation queries and graph neighbourhoods. Errors are RFC 9457 problem details."))
class ApiDocumentation {

}
