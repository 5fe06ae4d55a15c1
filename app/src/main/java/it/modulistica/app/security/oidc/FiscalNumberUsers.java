package it.modulistica.app.security.oidc;

import it.modulistica.app.security.CitizenAccounts;
import it.modulistica.app.security.CredentialRefused;
import it.modulistica.app.security.IdentifiedPerson;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the identity provider's user into an account: the fiscal number claim must hold a valid
 * codice fiscale ({@code TINIT-} prefix allowed), which finds the account, or creates a citizen
 * account with the names and e-mail the provider gives ({@code given_name}, {@code family_name},
 * {@code email}).
 */
final class FiscalNumberUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService standard = new OidcUserService();
    private final CitizenAccounts citizens;
    private final String claim;

    FiscalNumberUsers(CitizenAccounts citizens, String claim) {
        this.citizens = citizens;
        this.claim = claim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = standard.loadUser(request);
        Object fiscalNumber = user.getClaims().get(claim);
        if (!(fiscalNumber instanceof String text) || text.isBlank()) {
            throw new CredentialRefused("fiscal-number-missing");
        }
        String codiceFiscale = IdentifiedPerson.codiceFiscale(text.strip())
                .orElseThrow(() -> new CredentialRefused("fiscal-number-invalid"));
        return new OidcAccount(citizens.signIn(new IdentifiedPerson(codiceFiscale, user.getGivenName(),
                user.getFamilyName(), user.getEmail())), user.getIdToken(), user.getUserInfo());
    }
}
