package it.modulistica.app.mail;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.security.UserDirectory;
import it.modulistica.app.instances.InstanceHeaders;
import it.modulistica.app.registration.RegistrationSettings;
import it.modulistica.app.overload.BackgroundPace;
import it.modulistica.app.overload.BackgroundWorkers;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.instance.InstanceRepository;
import it.modulistica.engine.instance.PinnedDefinitions;
import it.modulistica.engine.lifecycle.ReceiptOutbox;
import it.modulistica.engine.lifecycle.ProtocolRegister;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the e-mail outbox. The transport is SMTP when {@code spring.mail.host} is set, the local
 * mailbox in the database otherwise; the choice is logged at start.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    LocalMailbox localMailbox(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        return new LocalMailbox(jdbc, new TransactionTemplate(transactions), clock);
    }

    // Primary: the local mailbox is a transport too, but only the chosen one delivers.
    @Bean
    @Primary
    MailTransport mailTransport(Environment environment, ObjectProvider<JavaMailSenderImpl> sender, LocalMailbox mailbox,
            MailSettings settings) {
        String host = environment.getProperty("spring.mail.host");
        MailTransport transport = host == null || host.isBlank()
                ? mailbox
                : new SmtpTransport(sender.getObject(), host + ":" + environment.getProperty("spring.mail.port", "25"),
                        settings.connectionReuse(), settings.messagesPerConnection());
        LOG.info("E-mails are delivered to: {}{}", transport.name(),
                transport == mailbox ? " (spring.mail.host is not set; shown at /admin/mail)" : "");
        return transport;
    }

    @Bean
    MailJobs mailJobs(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new MailJobs(jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    MailOutbox mailOutbox(JdbcClient jdbc, PlatformTransactionManager transactions, MailJobs jobs,
            InstanceRepository instances, PinnedDefinitions pinned, FormCatalog catalog, UserDirectory users,
            ObjectMapper mapper, MailSettings settings, InstanceHeaders headers, ProtocolRegister protocols,
            RegistrationSettings registration) {
        MailComposer composer = new MailComposer(instances, pinned, catalog, users, new MailTemplates(), headers,
                protocols);
        return new MailOutbox(jdbc, new TransactionTemplate(transactions), jobs, composer, mapper, settings,
                registration.protocolWait());
    }

    @Bean
    MailWorker mailWorker(MailOutbox outbox, MailJobs jobs, MailTransport transport, ReceiptOutbox receipts,
            MailSettings settings, List<HandOverObserver> observers) {
        return new MailWorker(outbox, jobs, transport, new ReceiptDocuments(receipts), settings, observers);
    }

    /**
     * The threads that deliver e-mails ({@code modulistica.mail.workers}): sending is mostly waiting
     * for the SMTP server, so several deliver at once, each claiming its own batch; a run that found
     * a full batch is followed by another at once, so a backlog (a click day) drains at the
     * transport's pace; while the node is busy with requests they give way ({@link BackgroundPace}).
     */
    @Bean
    @ConditionalOnProperty(name = "modulistica.mail.worker-enabled", havingValue = "true", matchIfMissing = true)
    BackgroundWorkers mailWorkers(MailWorker worker, Clock clock, MailSettings settings, BackgroundPace pace) {
        return new BackgroundWorkers("mail-worker", settings.workers(), settings.pollInterval(), pace,
                () -> worker.runOnce(clock.instant()));
    }
}
