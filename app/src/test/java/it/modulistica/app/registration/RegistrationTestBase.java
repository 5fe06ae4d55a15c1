package it.modulistica.app.registration;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.mail.SentInstances;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What registration tests share: the {@link TestReceiver} the target {@code protocollo} points at,
 * the forms directory of {@link RegistrationForms}, instances sent through the API and the service
 * accounts of the protocol system.
 */
abstract class RegistrationTestBase {

    static final TestReceiver RECEIVER = new TestReceiver();

    @TempDir
    static Path forms;

    @DynamicPropertySource
    static void registration(DynamicPropertyRegistry registry) {
        RegistrationForms.register(forms, registry, RECEIVER);
    }

    @BeforeAll
    static void startReceiver() {
        RECEIVER.restart();
    }

    @AfterAll
    static void stopReceiver() {
        RECEIVER.stop();
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegistrationWorker worker;

    SentInstances instances;

    ServiceAccounts accounts;

    @BeforeEach
    void sendingAndAccounts() {
        RECEIVER.reset();
        instances = new SentInstances(http, mapper, jdbc);
        accounts = new ServiceAccounts(instances, jdbc);
    }
}
