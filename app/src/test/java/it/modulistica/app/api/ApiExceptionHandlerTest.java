package it.modulistica.app.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Errors of REST calls come back as RFC 9457 problem details, in Italian unless English is asked for. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ApiExceptionHandlerTest.ProbeController.class)
class ApiExceptionHandlerTest {

    @RestController
    static class ProbeController {

        record Booking(String name, int seats, LocalDate day) {
        }

        @PostMapping(path = "/api/probe/bookings", consumes = MediaType.APPLICATION_JSON_VALUE)
        Booking book(@RequestBody Booking booking) {
            return booking;
        }

        @GetMapping("/api/probe/seats")
        int seats(@RequestParam int count) {
            return count;
        }

        @GetMapping("/api/probe/failure")
        String fail() {
            throw new IllegalStateException("password=segreta at jdbc:postgresql://db.internal");
        }

        @GetMapping("/api/probe/forbidden")
        String forbid() {
            throw new AccessDeniedException("not for you");
        }
    }

    private static final RequestPostProcessor MARIO = httpBasic("mario.rossi", "demo");

    @Autowired
    MockMvc mvc;

    @Test
    void acceptsAWellFormedBody() throws Exception {
        mvc.perform(json("{\"name\":\"Mario\",\"seats\":2,\"day\":\"2025-09-01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seats").value(2));
    }

    @Test
    void malformedJsonIs400WithLineAndColumn() throws Exception {
        mvc.perform(json("{\"name\": \"Mario\",\n \"seats\": }"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Richiesta non leggibile"))
                .andExpect(jsonPath("$.detail").value(containsString("riga 2")));
    }

    @Test
    void valueOfWrongTypeIs400NamingItsPointer() throws Exception {
        mvc.perform(json("{\"name\":\"Mario\",\"seats\":\"molti\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Il valore in /seats non è del tipo atteso."));
    }

    @Test
    void missingBodyIs400() throws Exception {
        mvc.perform(json(""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Il corpo della richiesta manca o non è un JSON valido."));
    }

    @Test
    void unknownResourceIs404Problem() throws Exception {
        mvc.perform(get("/api/probe/nothing").with(MARIO))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Risorsa non trovata"))
                .andExpect(jsonPath("$.instance").value("/api/probe/nothing"));
    }

    @Test
    void wrongMethodIs405ProblemListingAllowedOnes() throws Exception {
        mvc.perform(get("/api/probe/bookings").with(MARIO))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.title").value("Metodo non consentito"))
                .andExpect(jsonPath("$.detail").value(containsString("POST")));
    }

    @Test
    void wrongContentTypeIs415Problem() throws Exception {
        mvc.perform(post("/api/probe/bookings").with(MARIO).contentType(MediaType.TEXT_PLAIN).content("Mario"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.title").value("Tipo di contenuto non supportato"));
    }

    @Test
    void missingParameterIs400Problem() throws Exception {
        mvc.perform(get("/api/probe/seats").with(MARIO))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Manca il parametro obbligatorio count."));
    }

    @Test
    void unexpectedFailureIs500HidingInternals() throws Exception {
        mvc.perform(get("/api/probe/failure").with(MARIO))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Errore interno"))
                .andExpect(content().string(not(containsString("segreta"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }

    @Test
    void accessDeniedInAControllerIs403ProblemNot500() throws Exception {
        mvc.perform(get("/api/probe/forbidden").with(MARIO))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Accesso negato"));
    }

    @Test
    void problemsAreInEnglishWhenAskedFor() throws Exception {
        mvc.perform(get("/api/probe/nothing").with(MARIO).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(jsonPath("$.title").value("Not found"));
        mvc.perform(json("{").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(jsonPath("$.title").value("Unreadable request"));
    }

    private static MockHttpServletRequestBuilder json(String body) {
        return post("/api/probe/bookings").with(MARIO).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
