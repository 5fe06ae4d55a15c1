package it.modulistica.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code modulistica.security.*}.
 *
 * @param passwordLoginForCitizens whether users without a staff role (operator, admin) may sign in
 *     with a password; Italian law admits only SPID, CIE or CNS for citizens, so the {@code prod}
 *     profile turns it off
 */
@ConfigurationProperties("modulistica.security")
record SecuritySettings(@DefaultValue("true") boolean passwordLoginForCitizens) {
}
