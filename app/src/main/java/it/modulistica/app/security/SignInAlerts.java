package it.modulistica.app.security;

import it.modulistica.app.mail.AccountMail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the holder of an account by e-mail that someone is trying passwords on it: when a client
 * address gets blocked, at most once every {@link #INTERVAL} per account, through the mail outbox.
 * Nothing is sent for a username nobody holds, nor to an account without an e-mail address.
 */
@Component
class SignInAlerts {

    static final Duration INTERVAL = Duration.ofHours(24);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Rome"));

    private final UserDirectory users;
    private final AccountMail mail;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;

    SignInAlerts(UserDirectory users, AccountMail mail, MessageSource messages, JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.mail = mail;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void accountAttacked(String username, String address) {
        users.find(SignInThrottle.account(username)).ifPresent(account -> account.email().ifPresent(email -> {
            Instant now = clock.instant();
            String name = account.getUsername();
            boolean recent = jdbc.sql("select count(*) from sign_in_alert where username = ? and sent_at > ?")
                    .params(name, now.minus(INTERVAL).atOffset(ZoneOffset.UTC)).query(Integer.class).single() > 0;
            if (recent) {
                return;
            }
            if (jdbc.sql("update sign_in_alert set sent_at = ? where username = ?")
                    .params(now.atOffset(ZoneOffset.UTC), name).update() == 0) {
                jdbc.sql("insert into sign_in_alert (username, sent_at) values (?, ?)")
                        .params(name, now.atOffset(ZoneOffset.UTC)).update();
            }
            Locale italian = Locale.ITALIAN;
            mail.queue("sign-in-alert", email, messages.getMessage("signInAlert.subject", null, italian),
                    messages.getMessage("signInAlert.text", new Object[] {account.fullName(), name,
                        SignInThrottle.BLOCK_AFTER, address, WHEN.format(now), SignInThrottle.BLOCK.toMinutes()}, italian));
        }));
    }
}
