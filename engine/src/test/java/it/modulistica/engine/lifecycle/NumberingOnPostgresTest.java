package it.modulistica.engine.lifecycle;

import static it.modulistica.engine.lifecycle.Lifecycle.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.TestDatabase;
import it.modulistica.engine.instance.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NumberingOnPostgresTest extends NumberingTests {

    @Override
    TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }

    @Test
    void givesTwoHundredConcurrentCreationsDistinctConsecutiveNumbers() throws Exception {
        FormDefinition module = platform.publish("standard", "{code}_{year}.{seq:4}", Lifecycle.NO_WINDOW, "");
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<String>> numbers = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                numbers.add(threads.submit(() -> lifecycle.create(module.code(), OWNER, null).number().orElseThrow()));
            }
            List<String> given = new ArrayList<>();
            for (Future<String> number : numbers) {
                given.add(number.get(60, TimeUnit.SECONDS));
            }

            assertThat(given).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 200)
                    .mapToObj(n -> module.code() + "_2026." + String.format("%04d", n)).toList());
        } finally {
            threads.shutdownNow();
        }
    }
}
