package it.modulistica.app.security;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/** Sign-in throttling on the embedded H2 database. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInThrottlingOnH2Test extends SignInThrottlingContract {
}
