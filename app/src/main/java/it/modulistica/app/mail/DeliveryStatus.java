package it.modulistica.app.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How the e-mails of an instance are doing, one Italian sentence each ("Ricevuta inviata il ... a
 * ...", "In attesa di invio (tentativo 3, prossimo alle ...)"), for pages that show them; a receipt
 * the outbox has not turned into e-mails yet reads "Ricevuta in preparazione". The caller checks
 * that the reader may see the instance.
 */
@Component
public class DeliveryStatus {

    static final String PREPARING = "Ricevuta in preparazione per l'invio";

    private final MailJobs jobs;
    private final JdbcClient jdbc;

    DeliveryStatus(MailJobs jobs, JdbcClient jdbc) {
        this.jobs = jobs;
        this.jdbc = jdbc;
    }

    /** The sentences, oldest e-mail first; empty when the instance has no e-mail to send. */
    public List<String> summaries(UUID instanceId) {
        List<String> summaries = new ArrayList<>(
                jobs.ofInstance(instanceId).stream().map(DeliveriesController::summary).toList());
        int preparing = jdbc.sql("""
                        select count(*) from instance_effect
                        where instance_id = :instance and status = 'PENDING' and effect = 'send-receipt'""")
                .param("instance", instanceId).query(Integer.class).single();
        if (preparing > 0) {
            summaries.add(PREPARING);
        }
        return List.copyOf(summaries);
    }
}
