package it.modulistica.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The address of the client that sent a request, as sign-in throttling counts it: the connection's
 * address, unless the connection comes from a trusted proxy, in which case the proxy's header
 * ({@code X-Forwarded-For} by default) says it. The header is read from the right, skipping the
 * trusted proxies, so a client cannot choose its address by writing the header itself.
 */
@Component
class ClientAddresses {

    /**
     * Settings under {@code modulistica.security.client-address.*}.
     *
     * @param header         the header a trusted proxy appends the client's address to
     * @param trustedProxies the proxies' addresses (IP or CIDR); the header is ignored from any other
     */
    @ConfigurationProperties("modulistica.security.client-address")
    record Settings(@DefaultValue("X-Forwarded-For") String header, @DefaultValue List<String> trustedProxies) {
    }

    private final String header;
    private final List<IpAddressMatcher> proxies;

    ClientAddresses(Settings settings) {
        this.header = settings.header();
        this.proxies = settings.trustedProxies().stream().map(IpAddressMatcher::new).toList();
    }

    String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        String forwarded = request.getHeader(header);
        if (forwarded == null || !trusted(address)) {
            return address;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty()) {
                continue;
            }
            address = hop;
            if (!trusted(hop)) {
                break;
            }
        }
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

    private boolean trusted(String address) {
        try {
            return proxies.stream().anyMatch(proxy -> proxy.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
