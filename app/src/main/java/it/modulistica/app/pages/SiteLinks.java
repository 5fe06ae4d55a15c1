package it.modulistica.app.pages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The links of the page footer ({@code modulistica.site.*}): the privacy notice and the AgID
 * "dichiarazione di accessibilità" the administration publishes on form.agid.gov.it.
 *
 * @param privacyUrl       the privacy notice
 * @param accessibilityUrl the accessibility statement
 */
@ConfigurationProperties("modulistica.site")
public record SiteLinks(@DefaultValue("https://www.regione.piemonte.it/web/privacy") String privacyUrl,
        @DefaultValue("https://form.agid.gov.it/") String accessibilityUrl) {
}
