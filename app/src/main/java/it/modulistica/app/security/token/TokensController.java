package it.modulistica.app.security.token;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/me/tokens}: a user's own API tokens; {@code /api/admin/users/{username}/tokens}: an
 * admin lists and revokes anyone's tokens and issues those of service accounts.
 */
@RestController
class TokensController {

    private final ApiTokens tokens;

    TokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping(path = "/api/me/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ApiToken> mine(Authentication user) {
        return tokens.of(user.getName());
    }

    /** The answer holds the token itself, shown this once. */
    @PostMapping(path = "/api/me/tokens", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issue(@RequestBody TokenRequest request, Authentication user) {
        refuseTokens(user);
        return tokens.issue(user.getName(), request, user.getName());
    }

    /** A token never begets tokens: issuing one takes a password, a certificate or a page session. */
    private static void refuseTokens(Authentication caller) {
        if (caller instanceof ApiTokenAuthentication) {
            throw new AccessDeniedException("API tokens are issued only to a caller signed in otherwise");
        }
    }

    @DeleteMapping(path = "/api/me/tokens/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiToken revoke(@PathVariable String id, Authentication user) {
        return tokens.revoke(user.getName(), id, user.getName());
    }

    @GetMapping(path = "/api/admin/users/{username}/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ApiToken> ofUser(@PathVariable String username) {
        return tokens.of(username);
    }

    @PostMapping(path = "/api/admin/users/{username}/tokens", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issueForServiceAccount(@PathVariable String username, @RequestBody TokenRequest request,
            Authentication admin) {
        refuseTokens(admin);
        return tokens.issueForServiceAccount(username, request, admin.getName());
    }

    @DeleteMapping(path = "/api/admin/users/{username}/tokens/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiToken revokeOfUser(@PathVariable String username, @PathVariable String id, Authentication admin) {
        return tokens.revoke(username, id, admin.getName());
    }
}
