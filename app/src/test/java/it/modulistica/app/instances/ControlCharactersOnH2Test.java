package it.modulistica.app.instances;

import org.springframework.boot.test.context.SpringBootTest;

/** Control characters refused on the embedded H2 database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ControlCharactersOnH2Test extends ControlCharactersContract {
}
