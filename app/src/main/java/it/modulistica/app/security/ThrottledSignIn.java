package it.modulistica.app.security;

import it.modulistica.app.audit.AuditEventType;
import it.modulistica.app.audit.AuditLog;
import it.modulistica.app.audit.AuditOutcome;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password sign-in (form and HTTP Basic) throttled per account and client address
 * ({@link SignInThrottle}). A pair that must still wait is refused before its password is looked
 * at; every failure, whatever its reason (wrong password, no such account, a disabled one, a pair
 * that must wait), leaves as the same {@link BadCredentialsException}, so the answer never tells
 * whether an account exists. The one exception is {@link PasswordLoginNotForCitizens}, which comes
 * only after the right password. When a pair is blocked, the account holder is told by e-mail.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final ClientAddresses addresses;
    private final SignInAlerts alerts;
    private final AuditLog audit;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle, ClientAddresses addresses,
            SignInAlerts alerts, AuditLog audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.addresses = addresses;
        this.alerts = alerts;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = clientAddress();
        if (throttle.waiting(username, address)) {
            throw new SignInThrottled(username);
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(authentication);
        } catch (PasswordLoginNotForCitizens rightPasswordWrongPlace) {
            throw rightPasswordWrongPlace;
        } catch (AuthenticationException failed) {
            SignInThrottle.Failure failure = throttle.failed(username, address);
            if (failure.blocked()) {
                audit.record(AuditEventType.LOCKOUT, SignInThrottle.account(username), "user:" + SignInThrottle.account(username),
                        AuditOutcome.SUCCESS, Map.of("address", address, "failures", failure.failures(),
                                "minutes", SignInThrottle.BLOCK.toMinutes()));
                alerts.accountAttacked(username, address);
            }
            throw failed instanceof BadCredentialsException ? failed : new BadCredentialsException("Bad credentials", failed);
        }
        throttle.succeeded(username, address);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String clientAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        HttpServletRequest request = attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
        return request == null ? "unknown" : addresses.of(request);
    }
}
