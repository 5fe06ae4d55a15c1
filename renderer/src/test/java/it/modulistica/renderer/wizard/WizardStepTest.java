package it.modulistica.renderer.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.renderer.Examples;
import it.modulistica.renderer.InstanceRenderer;
import it.modulistica.renderer.RenderRequest;
import it.modulistica.renderer.TestModule;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class WizardStepTest {

    private static final InstanceRenderer RENDERER = new InstanceRenderer();

    private static WizardHtml step(ObjectNode data, int step, Map<String, String> errors) {
        return new WizardHtml(RENDERER.wizardStep(Examples.request(data, Examples.draft()), step, errors));
    }

    @Test
    void namesInputsWithTheJsonPointersOfTheData() {
        WizardHtml comune = step(Examples.torino(), 1, Map.of());
        WizardHtml utenti = step(Examples.torino(), 2, Map.of());

        assertThat(comune.one("//input[@name='/comune/cap']").getAttribute("value")).isEqualTo("10122");
        assertThat(comune.all("//select[@name='/comune/comune']")).hasSize(1);
        assertThat(comune.one("//input[@name='/comune/rup/email']").getAttribute("value")).isEqualTo("a.ferrero@example.org");
        assertThat(utenti.one("//input[@name='/utenti/1/nome']").getAttribute("value")).isEqualTo("Gioacchino");
    }

    @Test
    void marksRequiredFieldsWithAnAsteriskAndTheRequiredAttribute() {
        WizardHtml comune = step(Examples.torino(), 1, Map.of());

        Element cap = comune.byId("f_comune_cap");
        assertThat(cap.getAttribute("required")).isEqualTo("required");
        assertThat(comune.one("//label[@for='f_comune_cap']/span[@class='required-mark']").getTextContent()).isEqualTo("*");
    }

    @Test
    void derivesHtml5ConstraintsFromTheSchema() {
        WizardHtml comune = step(Examples.torino(), 1, Map.of());
        WizardHtml utenti = step(Examples.torino(), 2, Map.of());

        Element indirizzo = comune.byId("f_comune_indirizzo");
        assertThat(indirizzo.getAttribute("maxlength")).isEqualTo("150");
        assertThat(indirizzo.getAttribute("data-maxlength")).isEqualTo("150");
        assertThat(indirizzo.getAttribute("placeholder")).isEqualTo("es. Corso Giacomo Matteotti, 10");
        assertThat(indirizzo.getAttribute("aria-describedby")).isEqualTo("f_comune_indirizzo-help");
        assertThat(comune.byId("f_comune_indirizzo-help").getTextContent()).contains("numero civico");
        assertThat(comune.byId("f_comune_pec").getAttribute("type")).isEqualTo("email");
        assertThat(comune.byId("f_comune_rup_telefono").getAttribute("type")).isEqualTo("tel");
        assertThat(utenti.byId("f_utenti_0_dataNascita").getAttribute("type")).isEqualTo("date");
        assertThat(utenti.byId("f_utenti_0_dataNascita").getAttribute("value")).isEqualTo("1813-10-10");
    }

    @Test
    void derivesPatternLengthAndRangeOfTheTestModule(@TempDir Path forms) {
        RenderRequest request = Examples.request(TestModule.in(forms), null, Examples.draft(), Locale.ITALIAN);
        WizardHtml html = new WizardHtml(RENDERER.wizardStep(request, 0, Map.of()));

        Element codice = html.byId("f_dati_codice");
        assertThat(codice.getAttribute("pattern")).isEqualTo("(?:[A-Z]{3})");
        assertThat(codice.getAttribute("minlength")).isEqualTo("3");
        assertThat(html.byId("f_dati_riferimento").getAttribute("pattern")).isEqualTo(".*(?:[0-9]).*");
        Element quantita = html.byId("f_dati_quantita");
        assertThat(quantita.getAttribute("type")).isEqualTo("number");
        assertThat(quantita.getAttribute("min")).isEqualTo("1");
        assertThat(quantita.getAttribute("max")).isEqualTo("10");
        assertThat(quantita.getAttribute("step")).isEqualTo("1");
        assertThat(html.byId("f_dati_importo").getAttribute("step")).isEqualTo("any");
        assertThat(html.all("//input[@type='radio'][@name='/dati/colore']")).hasSize(2);
        assertThat(html.byId("f_dati_nota").getTagName()).isEqualTo("textarea");
    }

    @Test
    void printsLockedValuesAsTextWithoutAnInputAndEmptyOnesAsInputs() {
        WizardHtml comune = new WizardHtml(RENDERER.wizardStep(Examples.request(Examples.torino(), Examples.draft()), 1,
                Map.of(), null, java.util.Set.of("/comune/rup/email", "/comune/cap", "/comune/nonScritto")));

        assertThat(comune.all("//input[@name='/comune/rup/email']")).isEmpty();
        assertThat(comune.byId("f_comune_rup_email").getTextContent()).isEqualTo("a.ferrero@example.org");
        assertThat(comune.byId("f_comune_rup_email").getAttribute("data-locked")).isEqualTo("true");
        assertThat(comune.all("//input[@name='/comune/cap']")).isEmpty();
    }

    @Test
    void rendersHiddenFieldsHiddenAndDisabledWithTheirCondition(@TempDir Path forms) {
        ObjectNode data = (ObjectNode) DefinitionJson.parse("{\"dati\": {\"tipo\": \"persona\"}}");
        RenderRequest request = Examples.request(TestModule.in(forms), data, Examples.draft(), Locale.ITALIAN);
        WizardHtml html = new WizardHtml(RENDERER.wizardStep(request, 0, Map.of()));

        Element wrapper = html.byId("f_dati_ragioneSociale-field");
        assertThat(wrapper.getAttribute("hidden")).isEqualTo("hidden");
        assertThat(wrapper.getAttribute("data-visible-when")).isEqualTo("{\"===\":[{\"var\":\"/dati/tipo\"},\"ente\"]}");
        assertThat(wrapper.getAttribute("data-visible-rows")).isEqualTo("[]");
        assertThat(html.byId("f_dati_ragioneSociale").getAttribute("disabled")).isEqualTo("disabled");
    }

    @Test
    void showsErrorMessagesBesideTheirFieldsAndInTheSummary() {
        WizardHtml comune = step(Examples.torino(), 1, Map.of("/comune/cap", "Il CAP deve avere 5 cifre"));

        Element cap = comune.byId("f_comune_cap");
        assertThat(cap.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(cap.getAttribute("aria-describedby")).isEqualTo("f_comune_cap-error");
        assertThat(cap.getAttribute("class")).contains("is-invalid");
        Element message = comune.byId("f_comune_cap-error");
        assertThat(message.getTextContent()).isEqualTo("Il CAP deve avere 5 cifre");
        assertThat(message.getParentNode()).isEqualTo(cap.getParentNode());
        assertThat(comune.one("//div[@id='wizard-errors']//a[@href='#f_comune_cap']").getTextContent())
                .isEqualTo("CAP: Il CAP deve avere 5 cifre");
    }

    @Test
    void errorSummaryNamesTheRowOfTheField() {
        WizardHtml utenti = step(Examples.torino(), 2, Map.of("/utenti/1/codiceFiscale", "Codice fiscale non valido"));

        assertThat(utenti.one("//div[@id='wizard-errors']//a[@href='#f_utenti_1_codiceFiscale']").getTextContent())
                .isEqualTo("Dati anagrafici utente 2 – Codice Fiscale: Codice fiscale non valido");
    }

    @Test
    void offersOnlyTheComuniOfTheChosenProvincia() {
        ObjectNode cuneo = Examples.torino();
        ((ObjectNode) cuneo.get("comune")).put("provincia", "CN");
        ObjectNode none = Examples.torino();
        ((ObjectNode) none.get("comune")).remove("provincia");

        WizardHtml torino = step(Examples.torino(), 1, Map.of());
        WizardHtml inCuneo = step(cuneo, 1, Map.of());
        WizardHtml withoutProvincia = step(none, 1, Map.of());

        String options = "//select[@name='/comune/comune']/option";
        assertThat(torino.all(options)).extracting(Element::getTextContent).contains("Torino", "Moncalieri")
                .doesNotContain("Alba", "Cuneo", "Novara");
        assertThat(torino.one(options + "[@selected]").getAttribute("value")).isEqualTo("001272");
        assertThat(inCuneo.all(options)).extracting(Element::getTextContent).contains("Alba", "Cuneo")
                .doesNotContain("Torino");
        assertThat(withoutProvincia.all(options)).extracting(e -> e.getAttribute("value")).containsExactly("");
        Element select = torino.byId("f_comune_comune");
        assertThat(select.getAttribute("data-source")).isEqualTo("comuni");
        assertThat(select.getAttribute("data-depends-on")).isEqualTo("/comune/provincia");
    }

    @Test
    void groupRowsHaveRemoveButtonsAndTheGroupAnAddButton() {
        WizardHtml utenti = step(Examples.torino(), 2, Map.of());

        assertThat(utenti.all("//fieldset[@class='repeatable-row']/legend")).extracting(Element::getTextContent)
                .containsExactly("Dati anagrafici utente 1", "Dati anagrafici utente 2");
        Element add = utenti.one("//button[@name='_add']");
        assertThat(add.getAttribute("value")).isEqualTo("/utenti");
        assertThat(add.getAttribute("type")).isEqualTo("submit");
        assertThat(add.getTextContent()).isEqualTo("Aggiungi utente");
        assertThat(utenti.all("//button[@name='_remove']")).extracting(e -> e.getAttribute("value"))
                .containsExactly("/utenti/0", "/utenti/1");
        assertThat(utenti.one("//button[@value='/utenti/1']").getTextContent()).isEqualTo("Rimuovi utente");
    }

    @Test
    void showsAtLeastMinItemsRowsAndNoRemoveButtonAtTheMinimum() {
        WizardHtml empty = step((ObjectNode) DefinitionJson.parse("{}"), 2, Map.of("/utenti", "Aggiungere almeno un utente"));

        assertThat(empty.all("//fieldset[@class='repeatable-row']")).hasSize(1);
        assertThat(empty.all("//button[@name='_remove']")).isEmpty();
        assertThat(empty.byId("f_utenti-error").getTextContent()).isEqualTo("Aggiungere almeno un utente");
    }

    @Test
    void privacyStepShowsTheNoticeAndACheckboxThatPostsFalseWhenUnticked() {
        WizardHtml privacy = step((ObjectNode) DefinitionJson.parse("{}"), 0, Map.of());

        // The manual's "Dichiarazioni" heading, then the notice.
        assertThat(privacy.all("//div[@class='callout info-text']")).hasSize(2);
        assertThat(privacy.all("//div[@class='callout info-text']").get(0).getTextContent()).contains("Dichiarazioni");
        assertThat(privacy.all("//div[@class='callout info-text']").get(1).getTextContent())
                .contains("GDPR", "https://servizi.regione.piemonte.it");
        assertThat(privacy.all("//div[@class='callout info-text']/p")).hasSize(3);
        assertThat(privacy.posted()).containsEntry("/privacy/presaVisione", java.util.List.of("false"));
    }

    @Test
    void refusesAStepThatDoesNotExist() {
        assertThatThrownBy(() -> step(Examples.torino(), 3, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
