package it.modulistica.app.mail;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
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
 * (asked at most every 30 seconds) and how many e-mails wait in the outbox. An unreachable SMTP server is {@link #DEGRADED}, not
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

    static final Duration CHECK_INTERVAL = Duration.ofSeconds(30);

    private final MailTransport transport;
    private final ObjectProvider<JavaMailSender> sender;
    private final Environment environment;
    private final JdbcClient jdbc;
    private volatile SmtpCheck lastCheck;

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
                    OffsetDateTime oldestAt = row.getObject("oldest", OffsetDateTime.class);
                    Instant oldest = oldestAt == null ? null : oldestAt.toInstant();
                    if (oldest != null) {
                        details.put("oldestWaitingSince", oldest.toString());
                    }
                    return oldest;
                }).list();
        String host = environment.getProperty("spring.mail.host");
        if (host == null || host.isBlank() || !(sender.getIfAvailable() instanceof JavaMailSenderImpl smtp)) {
            return Health.up().withDetails(details).build();
        }
        SmtpCheck check = smtpCheck(smtp);
        details.put("smtp", check.error() == null ? "reachable" : "unreachable");
        details.put("smtpCheckedAt", check.at().toString());
        if (check.error() == null) {
            return Health.up().withDetails(details).build();
        }
        details.put("error", check.error());
        return Health.status(DEGRADED).withDetails(details).build();
    }

    /** The outcome of one connection to the SMTP server: {@code error} is null when it answered. */
    private record SmtpCheck(Instant at, String error) {
    }

    /** A connection at most every {@link #CHECK_INTERVAL}, however often the health is asked. */
    private SmtpCheck smtpCheck(JavaMailSenderImpl smtp) {
        SmtpCheck last = lastCheck;
        Instant now = Instant.now();
        if (last != null && now.isBefore(last.at().plus(CHECK_INTERVAL))) {
            return last;
        }
        SmtpCheck check;
        try {
            smtp.testConnection();
            check = new SmtpCheck(now, null);
        } catch (MessagingException unreachable) {
            check = new SmtpCheck(now, String.valueOf(unreachable.getMessage()));
        }
        lastCheck = check;
        return check;
    }
}
