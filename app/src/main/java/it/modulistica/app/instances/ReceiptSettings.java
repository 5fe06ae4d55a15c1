package it.modulistica.app.instances;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code modulistica.receipts.*}: the workers that print receipts after sending.
 *
 * @param workerEnabled whether this node runs the workers (tests switch them off and drive them)
 * @param workers       how many receipts this node prints at once (printing is CPU work: one per
 *                      core; they give way to requests); each holds a database connection while it
 *                      prints, so the pool must have room for them beside the requests
 * @param pollInterval  the pause of an idle worker before it looks for work again
 */
@ConfigurationProperties("modulistica.receipts")
public record ReceiptSettings(
        @DefaultValue("true") boolean workerEnabled,
        @DefaultValue("2") int workers,
        @DefaultValue("PT0.2S") Duration pollInterval) {

    public ReceiptSettings {
        if (workers < 1) {
            throw new IllegalArgumentException("modulistica.receipts.workers must be at least 1, not " + workers);
        }
    }
}
