package it.modulistica.app.security.oidc;

import it.modulistica.app.security.UserAccount;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The account of a user signed in through an identity provider, with the provider's ID token. Its
 * name is the account's username, not the provider's subject, so the rest of the application sees
 * the same user whichever way they signed in.
 */
final class OidcAccount extends UserAccount implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    OidcAccount(UserAccount account, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(account);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return userInfo == null ? idToken.getClaims() : userInfo.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
