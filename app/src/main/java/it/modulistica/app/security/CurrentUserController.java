package it.modulistica.app.security;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells an API client who it is signed in as. */
@RestController
class CurrentUserController {

    record CurrentUser(String username, String fullName, String codiceFiscale, String email, List<String> roles,
            List<OperatorScope> operatorScopes) {
    }

    @GetMapping("/api/me")
    CurrentUser me(@AuthenticationPrincipal UserAccount account) {
        List<String> roles = account.getAuthorities().stream()
                .map(authority -> authority.getAuthority().substring("ROLE_".length()))
                .toList();
        return new CurrentUser(account.getUsername(), account.fullName(), account.codiceFiscale().orElse(null),
                account.email().orElse(null), roles, account.operatorScopes());
    }
}
