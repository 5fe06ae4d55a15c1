package it.modulistica.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class HostileValuesTest {

    private static final InstanceRenderer RENDERER = new InstanceRenderer();
    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String IMAGE = "<img src=\"file:///etc/passwd\">";
    private static final String EXPRESSION = "${7*7}";

    private static RenderRequest hostile() {
        ObjectNode data = Examples.torino();
        ObjectNode sindaco = (ObjectNode) data.get("comune").get("sindaco");
        sindaco.put("nome", SCRIPT);
        sindaco.put("cognome", IMAGE);
        ((ObjectNode) data.get("comune")).put("indirizzo", EXPRESSION);
        return Examples.request(data, Examples.sent());
    }

    @Test
    void pageShowsHostileValuesAsEscapedText() {
        String html = RENDERER.html(hostile());

        assertThat(html)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("&lt;img src=&quot;file:///etc/passwd&quot;&gt;")
                .contains(EXPRESSION)
                .doesNotContain(SCRIPT).doesNotContain("<img");
    }

    @Test
    void pdfShowsHostileValuesLiterally() {
        String text = PdfText.of(RENDERER.pdf(hostile())).squeezed();

        assertThat(text).contains(PdfText.squeeze(SCRIPT), PdfText.squeeze(IMAGE), EXPRESSION);
    }

    @Test
    void mailShowsHostileValuesEscapedInHtmlAndLiterallyInText() {
        Mail mail = RENDERER.mailBody(hostile());

        assertThat(mail.html()).contains("&lt;script&gt;", "&lt;img src=&quot;file:///etc/passwd&quot;&gt;", EXPRESSION)
                .doesNotContain(SCRIPT).doesNotContain("<img");
        assertThat(mail.text()).contains(SCRIPT, IMAGE, EXPRESSION);
    }

    @Test
    void wizardShowsHostileValuesEscapedInInputValues() {
        String html = RENDERER.wizardStep(hostile(), 1, java.util.Map.of("/comune/cap", SCRIPT));

        assertThat(html).contains("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\"")
                .contains("value=\"" + EXPRESSION + "\"")
                .doesNotContain(SCRIPT).doesNotContain("<img");
    }

    @Test
    void controlCharactersInValuesDoNotBreakThePdf() {
        ObjectNode data = Examples.torino();
        ((ObjectNode) data.get("comune")).put("indirizzo", "Via\u0000 Roma\u0007 1");

        String text = PdfText.of(RENDERER.pdf(Examples.request(data, Examples.sent()))).text();

        assertThat(text).contains("Roma");
    }
}
