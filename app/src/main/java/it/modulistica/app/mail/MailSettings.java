package it.modulistica.app.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code modulistica.mail.*}; the SMTP server itself is configured with the standard
 * {@code spring.mail.*} properties.
 *
 * @param from            the sender of every e-mail
 * @param messageIdDomain the right-hand part of the Message-IDs
 * @param workerEnabled   whether the workers run (tests switch them off and drive them)
 * @param workers         how many e-mails this node hands to the SMTP server at once
 * @param pollInterval    the pause of a worker that found nothing to send
 * @param batchSize       how many jobs a run claims at most
 * @param lease           how long a claimed job stays with its worker before another may take it
 * @param maxBackoff      the longest pause between two attempts
 * @param flagAfter       the attempts after which a job is flagged for the operators (it keeps trying)
 * @param receiptWait     how long a receipt e-mail waits for the receipt workers to print its receipt
 *                        before it prints it itself (0: at once, as tests that drive the worker want)
 * @param connectionReuse how long an open SMTP connection may wait idle for its next e-mail before it
 *                        is closed (0: a new connection for every e-mail)
 * @param messagesPerConnection how many e-mails one SMTP connection carries at most
 */
@ConfigurationProperties("modulistica.mail")
record MailSettings(
        @DefaultValue("noreply@modulistica.local") String from,
        @DefaultValue("modulistica.local") String messageIdDomain,
        @DefaultValue("true") boolean workerEnabled,
        @DefaultValue("4") int workers,
        @DefaultValue("PT1S") Duration pollInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("PT2M") Duration lease,
        @DefaultValue("PT5M") Duration maxBackoff,
        @DefaultValue("10") int flagAfter,
        @DefaultValue("PT2M") Duration receiptWait,
        @DefaultValue("PT10S") Duration connectionReuse,
        @DefaultValue("100") int messagesPerConnection) {

    /** The pause after the {@code attempts}-th failed attempt: 2^attempts seconds, at most {@link #maxBackoff}. */
    Duration backoff(int attempts) {
        if (attempts >= 30) {
            return maxBackoff;
        }
        Duration exponential = Duration.ofSeconds(1L << attempts);
        return exponential.compareTo(maxBackoff) > 0 ? maxBackoff : exponential;
    }
}
