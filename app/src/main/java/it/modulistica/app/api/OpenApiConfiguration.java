package it.modulistica.app.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the REST API, served at {@code /api/openapi} and browsable at
 * {@code /api-docs}: API tokens (Bearer), HTTP Basic (or the session of a signed-in user), errors as RFC 9457 problem
 * details.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI modulisticaOpenApi(ObjectProvider<BuildProperties> build) {
        String version = build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Modulistica API")
                        .version(version)
                        .description("Moduli pubblicati, convalida dei dati e istanze. Gli errori sono problem "
                                + "details (RFC 9457); quelli di convalida elencano ogni campo in `errors` "
                                + "con `pointer`, `code` e `message`."))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("mdl_<id>_<secret>")
                                .description("Token API personale (POST /api/me/tokens) o di un account di servizio: "
                                        + "un hash SHA-256 per richiesta, nessuna password."))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Nome utente e password: lento per scelta (BCrypt a ogni richiesta), "
                                        + "mantenuto per compatibilità.")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
