package it.modulistica.app.mail;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/** Runs the application's mail worker once, for tests of other packages that check the e-mails sent. */
public final class MailRuns {

    private MailRuns() {
    }

    public static int runOnce(ApplicationContext context, Instant now) {
        return context.getBean(MailWorker.class).runOnce(now);
    }
}
