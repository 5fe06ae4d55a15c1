package it.modulistica.app.instances;

import it.modulistica.app.catalog.Categories;
import it.modulistica.app.security.UserAccount;
import it.modulistica.engine.lifecycle.Caller;
import it.modulistica.engine.lifecycle.Identity;
import it.modulistica.engine.lifecycle.OperatorAccess;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The engine's view of the signed-in user: username, the modules they operate on, the
 * organisations they belong to and who they are.
 *
 * <p>An operator scoped to a category covers the modules an admin assigned to that category, not
 * the category their definitions name, so moving a module moves its instances to the new
 * category's operators at once, as it moves the module in the citizens' catalogue.
 */
@Component
public class Callers {

    private final Categories categories;

    Callers(Categories categories) {
        this.categories = categories;
    }

    public Caller of(Authentication authentication) {
        if (authentication.getPrincipal() instanceof UserAccount account) {
            return new Caller(account.getUsername(), operatorAccess(account), account::rolesIn, new Identity(
                    account.firstName().orElse(null), account.lastName().orElse(null), account.fullName(),
                    account.codiceFiscale().orElse(null), account.email().orElse(null)));
        }
        return Caller.user(authentication.getName());
    }

    private OperatorAccess operatorAccess(UserAccount account) {
        if (account.operatorScopes().isEmpty()) {
            return OperatorAccess.NONE;
        }
        return new AssignedCategories(account, categories);
    }

    /** Reads the admins' assignments once per caller, at the first question. */
    private static final class AssignedCategories implements OperatorAccess {

        private final UserAccount account;
        private final Categories categories;
        private Map<String, String> assigned;

        AssignedCategories(UserAccount account, Categories categories) {
            this.account = account;
            this.categories = categories;
        }

        @Override
        public boolean covers(String category, String formCode) {
            if (assigned == null) {
                assigned = categories.assignments();
            }
            return account.operates(assigned.getOrDefault(formCode, category), formCode);
        }
    }
}
