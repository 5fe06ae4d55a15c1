package it.modulistica.engine.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DataSourceParserTest {

    private static DataSourceParser.Result parse(String json) {
        return DataSourceParser.parse(new FormSource.SourceFile("data/comuni.json", "/forms/data/comuni.json", json));
    }

    @Test
    void readsAnArrayOfFlatObjectsNamedAfterTheFile() {
        DataSourceParser.Result result = parse("""
                [{"istat": "001272", "nome": "Torino"}, {"istat": "004078", "nome": "Cuneo", "provincia": "CN"}]
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.source()).hasValueSatisfying(source -> {
            assertThat(source.name()).isEqualTo("comuni");
            assertThat(source.items()).containsExactly(
                    Map.of("istat", "001272", "nome", "Torino"),
                    Map.of("istat", "004078", "nome", "Cuneo", "provincia", "CN"));
            assertThat(source.keys()).containsExactly("istat", "nome", "provincia");
        });
    }

    @Test
    void refusesARootThatIsNotAnArray() {
        DataSourceParser.Result result = parse("{\"istat\": \"001272\"}");

        assertThat(result.source()).isEmpty();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("Un'origine dati deve essere un elenco"));
    }

    @Test
    void pointsAtItemsThatAreNotObjectsAndValuesThatAreNotStrings() {
        DataSourceParser.Result result = parse("[{\"a\": \"1\"}, \"due\", {\"a\": \"3\", \"b\": {\"c\": \"d\"}}]");

        assertThat(result.source()).isEmpty();
        assertThat(result.problems()).extracting(DefinitionProblem::pointer).containsExactly("/1", "/2/b");
        assertThat(result.problems()).extracting(DefinitionProblem::file).containsOnly("data/comuni.json");
    }

    @Test
    void listsAtMostTenPlacesAndCountsTheRest() {
        String items = IntStream.range(0, 25).mapToObj(i -> "{\"istat\": " + i + "}").collect(Collectors.joining(","));

        DataSourceParser.Result result = parse("[" + items + "]");

        assertThat(result.problems()).hasSize(11);
        assertThat(result.problems().get(0).pointer()).isEqualTo("/0/istat");
        assertThat(result.problems().get(10).message()).isEqualTo("… e altri 15 errori");
    }

    @Test
    void refusesDuplicateKeys() {
        DataSourceParser.Result result = parse("[{\"istat\": \"1\", \"istat\": \"2\"}]");

        assertThat(result.source()).isEmpty();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("JSON non valido (riga 1").contains("istat"));
    }
}
