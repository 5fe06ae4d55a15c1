package it.modulistica.app.config;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's request mappings, passing over at once those whose paths cannot match the request's
 * path. A path with a variable ({@code /api/instances/{id}/actions/{action}}) has no direct match,
 * so Spring MVC checks every mapping of the application against the request, method, media types
 * and path, and it does so twice a request (Spring Security asks first): a tenth of a signed-in
 * API call's CPU (JFR, issue 13). Here a mapping is checked only when the request's path starts with
 * the literal beginning of one of its patterns (the text before the first variable or wildcard),
 * which every path the pattern matches does; the matching itself is Spring MVC's, unchanged.
 *
 * <p>Paths with percent-encoded characters or matrix variables are matched as before: a pattern
 * compares their decoded segments, which their raw text need not start with.
 */
final class LiteralPrefixMappings extends RequestMappingHandlerMapping {

    /** The literal beginnings of each mapping's patterns; a mapping absent here is always checked. */
    private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        String[] literal = literalPrefixes(mapping);
        if (literal != null) {
            prefixes.put(mapping, literal);
        }
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        prefixes.remove(mapping);
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String[] literal = prefixes.get(info);
        if (literal != null && ServletRequestPathUtils.hasParsedRequestPath(request)) {
            String path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
            if (path.indexOf('%') < 0 && path.indexOf(';') < 0 && !startsWithAny(path, literal)) {
                return null;
            }
        }
        return super.getMatchingMapping(info, request);
    }

    /** The literal beginning of each pattern, {@code null} when the mapping has no parsed patterns. */
    static String[] literalPrefixes(RequestMappingInfo mapping) {
        PathPatternsRequestCondition condition = mapping.getPathPatternsCondition();
        if (condition == null || condition.isEmptyPathMapping()) {
            return null;
        }
        return condition.getPatterns().stream().map(PathPattern::getPatternString)
                .map(LiteralPrefixMappings::literalPrefix).toArray(String[]::new);
    }

    static String literalPrefix(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' || c == '*' || c == '?' || c == '\\') {
                return pattern.substring(0, i);
            }
        }
        return pattern;
    }

    private static boolean startsWithAny(String path, String[] literal) {
        for (String prefix : literal) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
