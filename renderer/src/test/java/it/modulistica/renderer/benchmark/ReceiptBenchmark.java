package it.modulistica.renderer.benchmark;

import it.modulistica.renderer.Examples;
import it.modulistica.renderer.InstanceRenderer;
import it.modulistica.renderer.RenderRequest;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Milliseconds per PDF receipt of a sent Utenti Servizi 06 instance, one thread, with 2 and with
 * 200 users: view model, Freemarker, XHTML parsing, Flying Saucer layout and PDF writing with the
 * embedded fonts. Run with {@code ./mvnw -pl renderer -am -Pbench verify -DskipTests} (see
 * docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReceiptBenchmark {

    @Param({"2", "200"})
    public int users;

    private InstanceRenderer renderer;
    private RenderRequest request;

    @Setup
    public void setUp() {
        renderer = new InstanceRenderer();
        request = Examples.request(Examples.withUsers(users), Examples.sent());
    }

    @Benchmark
    public byte[] receiptPdf() {
        return renderer.pdf(request);
    }

    @Benchmark
    public String receiptXhtml() {
        return renderer.receiptHtml(request);
    }
}
