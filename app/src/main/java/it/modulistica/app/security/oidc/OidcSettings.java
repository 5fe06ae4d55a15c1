package it.modulistica.app.security.oidc;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code modulistica.security.oidc.*}; the provider itself is configured with Spring
 * Boot's {@code spring.security.oauth2.client.registration.*} and {@code provider.*}.
 *
 * @param fiscalNumberClaim the claim of the ID token (or user info) holding the fiscal number,
 *     {@code TINIT-RSSMRA80A01H501U} or bare; SPID gateways call it {@code fiscalNumber}
 */
@ConfigurationProperties("modulistica.security.oidc")
public record OidcSettings(@DefaultValue("fiscalNumber") String fiscalNumberClaim) {
}
