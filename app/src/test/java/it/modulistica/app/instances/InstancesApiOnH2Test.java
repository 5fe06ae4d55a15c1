package it.modulistica.app.instances;

import org.springframework.boot.test.context.SpringBootTest;

/** The instances API contract on the embedded H2 database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InstancesApiOnH2Test extends InstancesApiContract {
}
