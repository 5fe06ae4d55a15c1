package it.modulistica.app.servicepages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown written by admins becomes HTML that carries no markup, script or dangerous link of its own. */
class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void rendersTheUsualMarkdown() {
        assertThat(markdown.html("## Titolo\n\nTesto **importante**:\n\n- uno\n- due\n"))
                .isEqualTo("<h2>Titolo</h2>\n<p>Testo <strong>importante</strong>:</p>\n<ul>\n<li>uno</li>\n<li>due</li>\n</ul>\n");
        assertThat(markdown.html(null)).isEmpty();
        assertThat(markdown.html("  ")).isEmpty();
    }

    @Test
    void printsRawHtmlBlocksAndInlineTagsLiterally() {
        String html = markdown.html("<script>alert('x')</script>\n\nCiao <img src=x onerror=alert(1)> e <b>grassetto</b>\n\n"
                + "<iframe src=\"https://evil.example\"></iframe>");
        assertThat(html).doesNotContain("<script", "<img", "<b>", "<iframe")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
                        "&lt;b&gt;grassetto&lt;/b&gt;", "&lt;iframe src=&quot;https://evil.example&quot;&gt;");
    }

    @Test
    void dropsTheAddressOfLinksAndImagesThatCouldRunCode() {
        for (String address : new String[] {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "java%0Ascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "file:///etc/passwd"}) {
            String html = markdown.html("[clic](" + address + ") ![img](" + address + ")");
            assertThat(html).as(address).contains("href=\"\">clic</a>", "<img src=\"\" alt=\"img\" />");
        }
        assertThat(markdown.html("[x](<java\tscript:alert(1)>)")).contains("href=\"\"");
    }

    @Test
    void keepsWebMailPhoneAndRelativeAddressesAndMarksLinksToOtherSites() {
        assertThat(markdown.html("[sito](https://servizi.regione.piemonte.it/catalogo)"))
                .contains("<a rel=\"noopener noreferrer\" href=\"https://servizi.regione.piemonte.it/catalogo\">sito</a>");
        assertThat(markdown.html("[mail](mailto:assistenza@example.org) [tel](tel:+390110824108) [qui](/nuova-istanza/assistenza) [a](a:b/c?d)"))
                .contains("href=\"mailto:assistenza@example.org\"", "href=\"tel:+390110824108\"",
                        "href=\"/nuova-istanza/assistenza\">qui</a>");
    }

    @Test
    void escapesQuotesSoAnAddressCannotOpenAnAttribute() {
        assertThat(markdown.html("[x](https://example.org/\"onmouseover=\"alert(1))"))
                .doesNotContain("\"onmouseover=\"").contains("&quot;onmouseover=&quot;");
    }
}
