package it.modulistica.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The client address of a request: the connection's, or a trusted proxy's header read from the right. */
class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses(
            new ClientAddresses.Settings("X-Forwarded-For", List.of("10.0.0.0/24", "192.0.2.1")));

    private String of(String remote, String forwarded) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        if (forwarded != null) {
            request.addHeader("X-Forwarded-For", forwarded);
        }
        return addresses.of(request);
    }

    @Test
    void usesTheConnectionWhenNoTrustedProxyIsInBetween() {
        assertThat(of("203.0.113.7", null)).isEqualTo("203.0.113.7");
        assertThat(of("203.0.113.7", "198.51.100.1")).as("a header from a client is ignored").isEqualTo("203.0.113.7");
    }

    @Test
    void believesATrustedProxyReadingItsHeaderFromTheRight() {
        assertThat(of("10.0.0.5", "198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(of("10.0.0.5", "1.2.3.4, 198.51.100.1")).as("what the client wrote itself is skipped")
                .isEqualTo("198.51.100.1");
        assertThat(of("10.0.0.5", "198.51.100.1, 192.0.2.1")).as("a chain of trusted proxies").isEqualTo("198.51.100.1");
        assertThat(of("10.0.0.5", "not-an-address")).isEqualTo("not-an-address");
    }
}
