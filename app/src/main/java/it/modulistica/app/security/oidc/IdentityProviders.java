package it.modulistica.app.security.oidc;

import it.modulistica.app.security.CitizenAccounts;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The OpenID Connect providers configured with {@code spring.security.oauth2.client.registration.*}
 * (none by default): the sign-in page offers each, and the pages accept their sign-ins.
 */
@Component
public class IdentityProviders {

    /** A provider as the sign-in page links to it. */
    public record Provider(String registrationId, String name) {
    }

    private final ClientRegistrationRepository registrations;
    private final FiscalNumberUsers users;

    IdentityProviders(ObjectProvider<ClientRegistrationRepository> registrations, CitizenAccounts citizens,
            OidcSettings settings) {
        this.registrations = registrations.getIfAvailable();
        this.users = new FiscalNumberUsers(citizens, settings.fiscalNumberClaim());
    }

    /** The configured providers, in configuration order. */
    public List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        if (registrations instanceof Iterable<?> all) {
            for (Object registration : all) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
            }
        }
        return providers;
    }

    /** The authorization request that starts a sign-in with the provider. */
    public static String signInPath(Provider provider) {
        return "/oauth2/authorization/" + provider.registrationId();
    }

    /** Adds OpenID Connect sign-in to the pages' chain when a provider is configured. */
    public void applyTo(HttpSecurity http) throws Exception {
        if (registrations == null) {
            return;
        }
        http.oauth2Login(login -> login
                .loginPage("/login")
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users)));
    }
}
