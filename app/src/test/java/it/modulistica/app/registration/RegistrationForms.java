package it.modulistica.app.registration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A forms directory for registration tests: the shipped workflows, data, Voucher scuola as it is,
 * and Utenti Servizi 06 delivering to the target {@code protocollo} when sent ({@code invia}); and
 * the settings of that target, pointing at a {@link TestReceiver}.
 */
final class RegistrationForms {

    static final String MODULE = "utenti-servizi-06";
    static final String OTHER_MODULE = "voucher-scuola";
    static final String TARGET = "protocollo";
    static final String BASE_URL = "https://modulistica.example.org";

    private RegistrationForms() {
    }

    static void register(Path directory, DynamicPropertyRegistry registry, TestReceiver receiver) {
        for (String file : List.of("workflows/standard.json", "workflows/simple.json", "workflows/disabilitazione.json",
                "data/comuni.json", "data/province.json", OTHER_MODULE + "/form.json")) {
            write(directory.resolve(file), read("/forms/" + file));
        }
        try {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode form = (ObjectNode) mapper.readTree(read("/forms/" + MODULE + "/form.json"));
            ObjectNode registration = ((ObjectNode) form.get("x-module")).putObject("registration");
            registration.put("target", TARGET);
            registration.putArray("on").add("invia");
            registration.put("awaitProtocol", true);
            write(directory.resolve(MODULE).resolve("form.json"), mapper.writeValueAsBytes(form));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("modulistica.forms-dir", directory::toString);
        registry.add("modulistica.registration.base-url", () -> BASE_URL);
        registry.add("modulistica.registration.targets." + TARGET + ".url", receiver::url);
        registry.add("modulistica.registration.targets." + TARGET + ".secret", () -> TestReceiver.SECRET);
        registry.add("modulistica.registration.targets." + TARGET + ".timeout", () -> "PT0.5S");
        registry.add("modulistica.registration.targets." + TARGET + ".headers.X-Api-Key", () -> "chiave-del-protocollo");
        registry.add("modulistica.registration.lease", () -> "PT1M");
    }

    private static byte[] read(String resource) {
        try (InputStream in = RegistrationForms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path target, byte[] content) {
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
