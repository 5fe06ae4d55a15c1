package it.modulistica.engine.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.engine.definition.CompilerPolicy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the back office stores to search an instance: its words, its declarant, the values of a path. */
class SearchIndexTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void splitsTextIntoLowerCaseWordsWithoutAccents() {
        assertThat(SearchIndex.words("Nicolò D'Amico-Pàlmieri, NREFRC75C54A124J"))
                .containsExactly("nicolo", "d", "amico", "palmieri", "nrefrc75c54a124j");
        assertThat(SearchIndex.words("  ")).isEmpty();
        assertThat(SearchIndex.words(null)).isEmpty();
        assertThat(SearchIndex.words("a".repeat(150))).singleElement().asString().hasSize(SearchIndex.MAX_TERM);
    }

    @Test
    void readsTheValuesOfAPathInEveryRowOfAGroup() throws Exception {
        JsonNode data = json("""
                {"utenti": [{"nome": "Laura", "tag": ["a", "b"]}, {"nome": "Bruno"}, {}], "n": 3}""");

        assertThat(SearchIndex.values(data, "/utenti/*/nome")).containsExactly("Laura", "Bruno");
        assertThat(SearchIndex.values(data, "/utenti/*/tag")).containsExactly("a", "b");
        assertThat(SearchIndex.values(data, "/n")).containsExactly("3");
        assertThat(SearchIndex.values(data, "/assente")).isEmpty();
    }

    @Test
    void takesTheDeclarantFromTheFieldsPrefilledWithTheCompilersIdentity() throws Exception {
        CompilerPolicy policy = new CompilerPolicy("LEGALE_RAPPRESENTANTE", null, Map.of(
                "/sindaco/nome", "firstName", "/sindaco/cognome", "lastName", "/sindaco/cf", "codiceFiscale"), true);
        JsonNode data = json("""
                {"sindaco": {"nome": "Federica", "cognome": "Neri", "cf": "nrefrc75c54a124j"}}""");

        assertThat(SearchIndex.declarant(policy, data))
                .isEqualTo(new SearchIndex.Declarant("Federica Neri", "NREFRC75C54A124J"));
        assertThat(SearchIndex.declarant(CompilerPolicy.ANY_AUTHENTICATED, data))
                .isEqualTo(new SearchIndex.Declarant(null, null));
    }
}
