package it.modulistica.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.attachment.SampleFiles;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The files API on the test module {@code prova-allegati}, run on every database by its subclasses:
 * uploads into the draft, their refusals (which store nothing), downloads, strangers, and the files
 * given with workflow actions.
 */
abstract class InstanceFilesApiContract {

    static final byte[] PDF = SampleFiles.PDF;
    static final byte[] PNG = SampleFiles.png(16, 16);

    @Autowired
    TestRestTemplate http;

    FilesApi owner() {
        return new FilesApi(http, "mario.rossi");
    }

    FilesApi operator() {
        return new FilesApi(http, "operatore");
    }

    FilesApi stranger() {
        return new FilesApi(http, "giuseppe.verdi");
    }

    static byte[] pdf(int size) {
        byte[] content = new byte[size];
        java.util.Arrays.fill(content, (byte) ' ');
        System.arraycopy(PDF, 0, content, 0, PDF.length);
        return content;
    }

    private JsonNode files(String id) {
        ResponseEntity<JsonNode> list = owner().json(HttpMethod.GET, "/api/instances/" + id + "/files", null);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        return list.getBody();
    }

    @Test
    void anUploadGoesIntoTheDraftAndDownloadsAsAnAttachment() {
        String id = owner().create();

        ResponseEntity<JsonNode> uploaded = owner().upload(id, "/documenti/isee", "ISEE è 2026.pdf", PDF);

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode reference = uploaded.getBody();
        assertThat(reference.get("name").asText()).isEqualTo("ISEE è 2026.pdf");
        assertThat(reference.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(reference.get("size").asInt()).isEqualTo(PDF.length);
        String fileId = reference.get("id").asText();
        assertThat(uploaded.getHeaders().getLocation()).hasToString("/api/instances/" + id + "/files/" + fileId);
        JsonNode data = owner().json(HttpMethod.GET, "/api/instances/" + id, null).getBody().get("data");
        assertThat(data.at("/documenti/isee/0")).isEqualTo(reference);
        assertThat(files(id)).hasSize(1);
        assertThat(files(id).get(0).get("kind").asText()).isEqualTo("FIELD");
        assertThat(files(id).get(0).get("field").asText()).isEqualTo("/documenti/isee");

        ResponseEntity<byte[]> download = owner().download("/api/instances/" + id + "/files/" + fileId);

        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(PDF);
        assertThat(download.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment;").contains("filename*=UTF-8''ISEE%20%C3%A8%202026.pdf");
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeaders().getCacheControl()).contains("no-store");
    }

    @Test
    void deletingAFileOfTheDraftRemovesItFromTheData() {
        String id = owner().create();
        String fileId = owner().upload(id, "/documenti/isee", "isee.pdf", PDF).getBody().get("id").asText();

        ResponseEntity<JsonNode> deleted = owner().json(HttpMethod.DELETE, "/api/instances/" + id + "/files/" + fileId, null);

        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(files(id)).isEmpty();
        assertThat(owner().download("/api/instances/" + id + "/files/" + fileId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void strangersGet404OnEveryFileEndpoint() {
        String id = owner().create();
        String fileId = owner().upload(id, "/documenti/isee", "isee.pdf", PDF).getBody().get("id").asText();
        String files = "/api/instances/" + id + "/files";

        assertThat(stranger().json(HttpMethod.GET, files, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stranger().download(files + "/" + fileId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stranger().upload(id, "/documenti/altri", "x.pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stranger().json(HttpMethod.DELETE, files + "/" + fileId, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(files(id)).hasSize(1);
    }

    @Test
    void refusedUploadsAnswer422BesideTheFieldAndStoreNothing() {
        String id = owner().create();
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);

        assertRefused(owner().upload(id, "/documenti/isee", "isee.pdf", html), "/documenti/isee", "fileContent");
        assertRefused(owner().upload(id, "/documenti/altri", "disegno.svg", svg), "/documenti/altri", "fileType");
        assertRefused(owner().upload(id, "/documenti/isee", "grande.pdf", pdf(33 * 1024)), "/documenti/isee", "fileTooLarge");
        assertRefused(owner().upload(id, "/richiedente/nome", "isee.pdf", PDF), "/richiedente/nome", "unknownField");
        assertThat(files(id)).isEmpty();
    }

    @Test
    void imagesAndSignedFilesAreCheckedWholeAndRefusedWith422() {
        String id = owner().create();
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] jpeg = SampleFiles.jpeg(16, 16);
        byte[] p7m = SampleFiles.p7m(PDF);

        assertRefused(owner().upload(id, "/documenti/altri", "foto.png", Arrays.copyOf(PNG, PNG.length - 20)),
                "/documenti/altri", "fileContent");
        assertRefused(owner().upload(id, "/documenti/altri", "foto.jpg", concat(Arrays.copyOf(jpeg, 20), html)),
                "/documenti/altri", "fileContent");
        assertRefused(owner().upload(id, "/documenti/altri", "domanda.pdf.p7m", concat(Arrays.copyOf(p7m, 16), html)),
                "/documenti/altri", "fileContent");
        assertRefused(owner().upload(id, "/documenti/altri", "domanda.pdf.p7m", SampleFiles.detachedSignature(PDF)),
                "/documenti/altri", "fileSignedDetached");
        ResponseEntity<JsonNode> refused = owner().upload(id, "/documenti/altri", "foto.png", Arrays.copyOf(PNG, PNG.length - 20));
        assertThat(refused.getBody().at("/errors/0/message").asText()).isEqualTo(
                "Il contenuto del file non corrisponde al tipo PNG: il file non è stato salvato");
        assertThat(files(id)).isEmpty();

        assertThat(owner().upload(id, "/documenti/altri", "foto.jpg", jpeg).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(owner().upload(id, "/documenti/altri", "domanda.pdf.p7m", p7m).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(files(id)).hasSize(2);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Test
    void anUploadBeyondThePlatformCapIs413() {
        String id = owner().create();

        ResponseEntity<JsonNode> refused = owner().upload(id, "/documenti/isee", "enorme.pdf", pdf(200 * 1024));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(refused.getBody().get("title").asText()).isEqualTo("File troppo grande");
        assertThat(refused.getBody().at("/errors/0/code").asText()).isEqualTo("fileTooLarge");
        assertThat(files(id)).isEmpty();
    }

    @Test
    void theInstanceTotalIsEnforced() {
        String id = owner().create();
        assertThat(owner().upload(id, "/documenti/isee", "isee.pdf", pdf(30 * 1024)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(owner().upload(id, "/documenti/altri", "a.pdf", pdf(30 * 1024)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertRefused(owner().upload(id, "/documenti/altri", "b.pdf", pdf(30 * 1024)), "/documenti/altri", "filesTooLarge");
        assertThat(files(id)).hasSize(2);
    }

    private static void assertRefused(ResponseEntity<JsonNode> response, String pointer, String code) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().at("/errors/0/pointer").asText()).isEqualTo(pointer);
        assertThat(response.getBody().at("/errors/0/code").asText()).isEqualTo(code);
        assertThat(response.getBody().at("/errors/0/message").asText()).isNotBlank();
    }

    private String sentAndInReview() {
        String id = owner().create();
        owner().json(HttpMethod.PUT, "/api/instances/" + id + "/data", Map.of("richiedente", Map.of("nome", "Mario Rossi")));
        owner().upload(id, "/documenti/isee", "isee.pdf", PDF);
        assertThat(owner().json(HttpMethod.POST, "/api/instances/" + id + "/actions/completa", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(owner().json(HttpMethod.POST, "/api/instances/" + id + "/actions/invia", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(operator().json(HttpMethod.POST, "/api/instances/" + id + "/actions/prendi-in-carico", null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        return id;
    }

    @Test
    void afterSendingFilesAreFrozen() {
        String id = sentAndInReview();
        String fileId = files(id).get(0).get("id").asText();

        assertThat(owner().json(HttpMethod.DELETE, "/api/instances/" + id + "/files/" + fileId, null).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(owner().upload(id, "/documenti/altri", "a.pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(operator().download("/api/instances/" + id + "/files/" + fileId).getBody()).isEqualTo(PDF);
    }

    @Test
    void anIntegrationCarriesAttachmentsAndTheAcceptanceIssuesTheModulesAct() {
        String id = sentAndInReview();
        operator().json(HttpMethod.POST, "/api/instances/" + id + "/actions/richiedi-integrazione",
                Map.of("note", "Allegare la foto del documento"));
        MultiValueMap<String, Object> integration = new LinkedMultiValueMap<>();
        integration.add("note", "Ecco la foto");
        integration.add("attachments", FilesApi.file("documento.png", PNG));
        integration.add("attachments", FilesApi.file("retro.pdf", PDF));

        ResponseEntity<JsonNode> answered = owner().multipart("/api/instances/" + id + "/actions/invia-integrazione", integration);

        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answered.getBody().get("state").asText()).isEqualTo("IN_LAVORAZIONE");

        ResponseEntity<JsonNode> accepted = operator().json(HttpMethod.POST, "/api/instances/" + id + "/actions/accogli", null);

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode files = files(id);
        assertThat(files).extracting(f -> f.get("kind").asText() + " " + f.get("name").asText() + " "
                + (f.get("action").isNull() ? "" : f.get("action").asText())).containsExactly(
                "FIELD isee.pdf ",
                "ACTION documento.png invia-integrazione",
                "ACTION retro.pdf invia-integrazione",
                "ISSUED_DOCUMENT atto-accogli-" + numberOf(id) + ".pdf accogli");
        byte[] act = owner().download(files.get(3).get("href").asText()).getBody();
        assertThat(new String(act, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aRejectionCarriesTheUploadedActAndFilesForActionsThatTakeNoneAre422() {
        String id = sentAndInReview();
        MultiValueMap<String, Object> wrong = new LinkedMultiValueMap<>();
        wrong.add("note", "Manca la firma");
        wrong.add("attachments", FilesApi.file("x.pdf", PDF));
        ResponseEntity<JsonNode> refused = operator().multipart("/api/instances/" + id + "/actions/respingi", wrong);
        assertRefused(refused, "/attachments", "unknownField");

        MultiValueMap<String, Object> rejection = new LinkedMultiValueMap<>();
        rejection.add("note", "Manca la firma");
        rejection.add("issuedDocument", FilesApi.file("diniego.pdf", PDF));
        ResponseEntity<JsonNode> rejected = operator().multipart("/api/instances/" + id + "/actions/respingi", rejection);

        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(files(id)).extracting(f -> f.get("kind").asText() + " " + f.get("name").asText())
                .containsExactly("FIELD isee.pdf", "ISSUED_DOCUMENT diniego.pdf");
    }

    private String numberOf(String id) {
        return owner().json(HttpMethod.GET, "/api/instances/" + id, null).getBody().get("number").asText()
                .replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
