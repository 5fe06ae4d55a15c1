package it.modulistica.app.api;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code modulistica.api.*}: how much a client may send and how much an error answer lists.
 *
 * @param maxJsonBody the largest JSON request body read (default 2MB); a larger one is answered 413
 *     before it is parsed
 * @param maxErrors   the most violations an answer lists (default 100); the answer also gives the total
 */
@ConfigurationProperties("modulistica.api")
public record ApiLimits(@DefaultValue("2MB") DataSize maxJsonBody, @DefaultValue("100") int maxErrors) {

    public ApiLimits {
        if (maxJsonBody.toBytes() < 1 || maxErrors < 1) {
            throw new IllegalArgumentException("modulistica.api.max-json-body and max-errors must be positive");
        }
    }

    /** The errors an answer lists: the first {@code maxErrors} of {@code all}. */
    public <T> List<T> listed(List<T> all) {
        return all.size() <= maxErrors ? all : all.subList(0, maxErrors);
    }
}
