package it.modulistica.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The application's request mappings are looked up by the literal beginning of their paths first,
 * and that never passes over a mapping Spring MVC would match: checked for every mapping of the
 * application against a request made from every pattern.
 */
@SpringBootTest
class LiteralPrefixMappingsTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theApplicationsMappingsAreLookedUpByLiteralPrefix() {
        assertThat(mappings).isInstanceOf(LiteralPrefixMappings.class);
        assertThat(mappings.getHandlerMethods()).hasSizeGreaterThan(50);
    }

    @Test
    void theLiteralPrefixEndsBeforeTheFirstVariableOrWildcard() {
        assertThat(LiteralPrefixMappings.literalPrefix("/api/instances/{id}/actions/{action}"))
                .isEqualTo("/api/instances/");
        assertThat(LiteralPrefixMappings.literalPrefix("/api/instances")).isEqualTo("/api/instances");
        assertThat(LiteralPrefixMappings.literalPrefix("/webjars/**")).isEqualTo("/webjars/");
        assertThat(LiteralPrefixMappings.literalPrefix("/file?.txt")).isEqualTo("/file");
        assertThat(LiteralPrefixMappings.literalPrefix("/{*path}")).isEqualTo("/");
    }

    @Test
    void noMappingSpringWouldMatchIsPassedOver() {
        Map<RequestMappingInfo, HandlerMethod> all = mappings.getHandlerMethods();
        List<MockHttpServletRequest> requests = new ArrayList<>();
        all.keySet().forEach(info -> requests.addAll(requestsFor(info)));
        int matched = 0;
        for (MockHttpServletRequest request : requests) {
            for (RequestMappingInfo info : all.keySet()) {
                if (info.getMatchingCondition(request) == null) {
                    continue;
                }
                matched++;
                String path = request.getRequestURI();
                String[] literal = LiteralPrefixMappings.literalPrefixes(info);
                assertThat(literal == null || List.of(literal).stream().anyMatch(path::startsWith))
                        .as("%s %s matches %s", request.getMethod(), path, info).isTrue();
            }
        }
        assertThat(matched).isGreaterThanOrEqualTo(all.size());
    }

    @Test
    void aPathWithVariablesFindsItsHandler() throws Exception {
        assertThat(handlerOfPost("/api/instances/3f2504e0-4f89-11d3-9a0c-0305e82c3301/actions/invia")).isEqualTo("act");
    }

    @Test
    void anEncodedPathIsMatchedAsBefore() throws Exception {
        assertThat(handlerOfPost("/api/%69nstances/3f2504e0-4f89-11d3-9a0c-0305e82c3301/actions/invia")).isEqualTo("act");
    }

    /** The name of the handler method a JSON {@code POST} to {@code path} reaches. */
    private String handlerOfPost(String path) throws Exception {
        HandlerExecutionChain chain = mappings.getHandler(request("POST", path, MediaType.APPLICATION_JSON_VALUE));
        assertThat(chain).isNotNull();
        return ((HandlerMethod) chain.getHandler()).getMethod().getName();
    }

    /** A request for each pattern of the mapping, with its first method and content type. */
    private static List<MockHttpServletRequest> requestsFor(RequestMappingInfo info) {
        List<MockHttpServletRequest> requests = new ArrayList<>();
        if (info.getPathPatternsCondition() == null) {
            return requests;
        }
        String method = info.getMethodsCondition().getMethods().stream().findFirst().map(Enum::name).orElse("GET");
        String contentType = info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
                .map(MediaType::toString).orElse(MediaType.APPLICATION_JSON_VALUE);
        for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
            String path = pattern.getPatternString()
                    .replaceAll("\\{\\*[^}]+}", "a/b")
                    .replaceAll("\\{[^}:]+(:[^}]*)?}", "x1")
                    .replace("**", "a/b").replace("*", "x").replace("?", "y");
            requests.add(request(method, path.isEmpty() ? "/" : path, contentType));
        }
        return requests;
    }

    private static MockHttpServletRequest request(String method, String path, String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setContentType(contentType);
        request.addHeader("Accept", "*/*");
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }
}
