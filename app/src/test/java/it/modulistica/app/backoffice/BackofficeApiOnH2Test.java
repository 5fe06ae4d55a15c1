package it.modulistica.app.backoffice;

import org.springframework.boot.test.context.SpringBootTest;

/** The back-office API contract on the embedded H2 database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackofficeApiOnH2Test extends BackofficeApiContract {
}
