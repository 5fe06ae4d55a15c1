package it.modulistica.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.freemarker.FreeMarkerView;
import org.springframework.web.servlet.view.freemarker.FreeMarkerViewResolver;

/**
 * A page's view is made once per name and then reused: the application does not pay
 * for a new view, and a search of the beans for its configuration, on every page request.
 */
@SpringBootTest
class PageViewCacheTest {

    @Autowired
    FreeMarkerViewResolver views;

    @Test
    void aPagesViewIsMadeOnceAndReused() throws Exception {
        assertThat(views.isCache()).isTrue();
        View first = views.resolveViewName("pages/backoffice/stats", Locale.ITALIAN);
        assertThat(first).isInstanceOf(FreeMarkerView.class);
        assertThat(views.resolveViewName("pages/backoffice/stats", Locale.ITALIAN)).isSameAs(first);
        // A view does not depend on the language: the page takes its messages at rendering time.
        assertThat(views.resolveViewName("pages/backoffice/stats", Locale.ENGLISH)).isSameAs(first);
    }

    @Test
    void aViewThatDoesNotExistIsStillNotFound() throws Exception {
        assertThat(views.resolveViewName("pages/no-such-page", Locale.ITALIAN)).isNull();
        assertThat(views.resolveViewName("pages/no-such-page", Locale.ITALIAN)).isNull();
    }
}
