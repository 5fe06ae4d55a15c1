package it.modulistica.app.mail;

import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The health detail {@code mail}, for operators: where e-mails go, whether the SMTP server answers
 * and how many e-mails wait in the outbox. An unreachable SMTP server is {@link #DEGRADED}, not
 * DOWN: the outbox keeps the e-mails and delivers them when the server is back, so a mail outage
 * must not take a node out of the load balancer. The status order ({@code management.endpoint.health
 * .status.order}) puts DEGRADED below UP, so the overall status stays UP, and liveness and
 * readiness do not include this detail at all. Replaces Spring Boot's own mail indicator
 * ({@code management.health.mail.enabled: false}), which answers DOWN.
 */
@Component("mailHealthIndicator")
class MailHealth implements HealthIndicator {

    /** Working, with a part out of order that the platform absorbs. */
    static final Status DEGRADED = new Status("DEGRADED");

    private final MailTransport transport;
    private final ObjectProvider<JavaMailSender> sender;
    private final Environment environment;
    private final JdbcClient jdbc;

    MailHealth(MailTransport transport, ObjectProvider<JavaMailSender> sender, Environment environment, JdbcClient jdbc) {
        this.transport = transport;
        this.sender = sender;
        this.environment = environment;
        this.jdbc = jdbc;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("transport", transport.name());
        jdbc.sql("select count(*) as waiting, min(created_at) as oldest from mail_job"
                        + " where status in ('PENDING', 'RETRY', 'IN_PROGRESS')")
                .query((row, n) -> {
                    details.put("waiting", row.getLong("waiting"));
                    Instant oldest = row.getObject("oldest", java.time.OffsetDateTime.class) == null ? null
                            : row.getObject("oldest", java.time.OffsetDateTime.class).toInstant();
                    if (oldest != null) {
                        details.put("oldestWaitingSince", oldest.toString());
                    }
                    return oldest;
                }).list();
        String host = environment.getProperty("spring.mail.host");
        if (host == null || host.isBlank() || !(sender.getIfAvailable() instanceof JavaMailSenderImpl smtp)) {
            return Health.up().withDetails(details).build();
        }
        try {
            smtp.testConnection();
            details.put("smtp", "reachable");
            return Health.up().withDetails(details).build();
        } catch (MessagingException unreachable) {
            details.put("smtp", "unreachable");
            details.put("error", unreachable.getMessage());
            return Health.status(DEGRADED).withDetails(details).build();
        }
    }
}
