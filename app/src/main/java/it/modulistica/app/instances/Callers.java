package it.modulistica.app.instances;

import it.modulistica.app.catalog.Categories;
import it.modulistica.app.security.UserAccount;
import it.modulistica.app.organisations.Membership;
import it.modulistica.app.organisations.Organisation;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.lifecycle.Caller;
import it.modulistica.engine.lifecycle.Identity;
import it.modulistica.engine.lifecycle.Memberships;
import it.modulistica.engine.lifecycle.OperatorAccess;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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

    /**
     * The platform's list of comuni ({@code forms/data/comuni.json}): a comune's province, for the
     * prefill source {@code organisation.provincia}, by the ISTAT code that is the comune's code.
     */
    static final String COMUNI = "comuni";

    private final Categories categories;
    private final FormCatalog catalog;

    Callers(Categories categories, FormCatalog catalog) {
        this.categories = categories;
        this.catalog = catalog;
    }

    public Caller of(Authentication authentication) {
        if (authentication.getPrincipal() instanceof UserAccount account) {
            return new Caller(account.getUsername(), operatorAccess(account), memberships(account), new Identity(
                    account.firstName().orElse(null), account.lastName().orElse(null), account.fullName(),
                    account.codiceFiscale().orElse(null), account.email().orElse(null)));
        }
        return Caller.user(authentication.getName());
    }

    /** The account's organisations: the roles held, and what the directory knows of each. */
    private Memberships memberships(UserAccount account) {
        return new Memberships() {
            @Override
            public Set<String> rolesIn(String organisation) {
                return account.rolesIn(organisation);
            }

            @Override
            public Map<String, String> attributesOf(String code) {
                return account.memberships().stream().map(Membership::organisation)
                        .filter(organisation -> organisation.code().equals(code)).findFirst()
                        .map(Callers.this::attributes).orElse(Map.of());
            }
        };
    }

    private Map<String, String> attributes(Organisation organisation) {
        Map<String, String> known = new HashMap<>();
        known.put("code", organisation.code());
        known.put("name", organisation.name());
        if (organisation.codiceFiscale() != null) {
            known.put("codiceFiscale", organisation.codiceFiscale());
        }
        if (organisation.pec() != null) {
            known.put("pec", organisation.pec());
        }
        if (organisation.kind() == Organisation.Kind.COMUNE) {
            catalog.dataSources().find(COMUNI).flatMap(comuni -> comuni.items().stream()
                            .filter(item -> organisation.code().equals(item.get("istat"))).findFirst())
                    .map(item -> item.get("provincia")).ifPresent(provincia -> known.put("provincia", provincia));
        }
        return known;
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

        @Override
        public boolean coversRouted(String routingCategory, String formCode) {
            // The category the instance names, not the one admins file the module under.
            return account.operates(routingCategory, formCode);
        }
    }
}
