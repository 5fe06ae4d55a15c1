package it.modulistica.app.pages.mine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.modulistica.app.instances.InstanceFixtures;
import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Le mie istanze and Cerca istanza page with "Pagina successiva" and "Pagina precedente" (keyset
 * cursors), not a link per page: an account filing thousands would get thousands of links.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MinePagingTest {

    private static final String OWNER = InstanceFixtures.ALBA_OWNER;

    @Autowired
    MockMvc mvc;

    private String page(Cookie session, String path) throws Exception {
        return mvc.perform(get(path).cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String link(String page, String rel) {
        Matcher link = Pattern.compile("href=\"([^\"]+)\" rel=\"" + rel + "\"").matcher(page);
        assertThat(link.find()).as("link " + rel).isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    private static long rows(String page) {
        return Pattern.compile("/riprendi\"").matcher(page).results().count();
    }

    @Test
    void pagesTenAtATimeWithNextAndPreviousLinks() throws Exception {
        for (int n = 0; n < MinePages.PAGE_SIZE + 2; n++) {
            mvc.perform(post("/api/instances").with(httpBasic(OWNER, "demo")).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"form\": \"utenti-servizi-06\", \"organisation\": \"004003\"}"))
                    .andExpect(status().isCreated());
        }
        Cookie session = InstanceFixtures.session(mvc, OWNER);

        String first = page(session, "/le-mie-istanze?tab=in-lavorazione");
        assertThat(first).doesNotContain("rel=\"prev\"").doesNotContain("page=1\"");
        String next = link(first, "next");
        assertThat(next).startsWith("/le-mie-istanze?tab=in-lavorazione&after=");
        assertThat(rows(first)).isEqualTo(MinePages.PAGE_SIZE);
        String second = page(session, next);
        assertThat(rows(second)).isPositive();
        assertThat(second).doesNotContain(first.substring(first.indexOf("/istanze/"), first.indexOf("/istanze/") + 45));
        String back = page(session, link(second, "prev"));
        assertThat(back).contains(first.substring(first.indexOf("/istanze/"), first.indexOf("/istanze/") + 45))
                .contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        // A token edited by hand starts from the first page.
        assertThat(page(session, "/le-mie-istanze?tab=in-lavorazione&after=non-un-cursore")).contains("rel=\"next\"");
        String search = page(session, "/cerca-istanza?form=utenti-servizi-06");
        assertThat(link(search, "next"))
                .startsWith("/cerca-istanza?number=&form=utenti-servizi-06&state=&from=&to=&after=");
    }
}
