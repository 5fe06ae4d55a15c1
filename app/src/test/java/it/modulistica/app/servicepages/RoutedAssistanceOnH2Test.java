package it.modulistica.app.servicepages;

import org.springframework.boot.test.context.SpringBootTest;

/** The routed request for assistance on the embedded H2 database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoutedAssistanceOnH2Test extends RoutedAssistanceContract {
}
