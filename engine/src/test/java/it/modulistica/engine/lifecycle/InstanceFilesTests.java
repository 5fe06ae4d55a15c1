package it.modulistica.engine.lifecycle;

import static it.modulistica.engine.lifecycle.Lifecycle.OPERATOR;
import static it.modulistica.engine.lifecycle.Lifecycle.OWNER;
import static it.modulistica.engine.lifecycle.Lifecycle.STRANGER;
import static it.modulistica.engine.lifecycle.Lifecycle.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.attachment.FileKind;
import it.modulistica.engine.attachment.SampleFiles;
import it.modulistica.engine.attachment.StoredFile;
import it.modulistica.engine.attachment.Upload;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files of instances: uploads into fields, their checks and limits, actions with files, the purge; on each database. */
abstract class InstanceFilesTests extends PlatformTests {

    private static final byte[] PDF = SampleFiles.PDF;
    private static final byte[] PNG = SampleFiles.png(8, 8);

    private FormDefinition module;
    private InstanceFiles files;

    @BeforeEach
    void publishModule() {
        platform.clock.set("2026-08-01T10:00:00Z");
        module = platform.publishWithFiles();
        files = platform.files;
    }

    private UUID draft() {
        UUID id = lifecycle.create(module.code(), OWNER, null).id();
        lifecycle.saveDraft(id, json(Lifecycle.VALID_DATA), null, OWNER);
        return id;
    }

    private int storedFiles(UUID id) {
        return platform.jdbc.sql("select count(*) from instance_file where instance_id = :id").param("id", id)
                .query(Integer.class).single();
    }

    private static List<Violation> violations(Runnable action) {
        try {
            action.run();
        } catch (DataInvalid invalid) {
            return invalid.violations();
        }
        throw new AssertionError("expected DataInvalid");
    }

    @Test
    void anUploadIsStoredAndPutIntoTheField() {
        UUID id = draft();

        StoredFile stored = files.upload(id, "/documenti/isee", new Upload("C:\\tmp\\ISEE 2026.pdf", PDF), OWNER);

        assertThat(stored.name()).isEqualTo("ISEE 2026.pdf");
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(PDF.length);
        assertThat(stored.kind()).isEqualTo(FileKind.FIELD);
        assertThat(stored.fieldPath()).isEqualTo("/documenti/isee");
        assertThat(lifecycle.get(id, OWNER).instance().data().at("/documenti/isee"))
                .containsExactly(stored.reference().toJson());
        assertThat(files.list(id, OWNER)).containsExactly(stored);
        InstanceFiles.Download download = files.download(id, stored.id(), OWNER);
        assertThat(download.content()).isEqualTo(PDF);
        assertThat(download.file().sha256()).hasSize(64);
    }

    @Test
    void anUploadIntoAHiddenFieldIsRefusedAndNothingIsStored() {
        UUID id = draft();

        assertThat(violations(() -> files.upload(id, "/documenti/planimetria", new Upload("planimetria.pdf", PDF), OWNER)))
                .extracting(Violation::pointer, Violation::code).containsExactly(tuple("/documenti/planimetria", "hiddenField"));
        assertThat(storedFiles(id)).isZero();

        lifecycle.saveDraft(id, json("{\"documenti\": {\"conPlanimetria\": true}}"), null, OWNER);
        StoredFile stored = files.upload(id, "/documenti/planimetria", new Upload("planimetria.pdf", PDF), OWNER);
        assertThat(lifecycle.get(id, OWNER).instance().data().at("/documenti/planimetria"))
                .containsExactly(stored.reference().toJson());
    }

    @Test
    void aWizardPostThatShowsTheFieldMayUploadIntoItAtOnce() {
        UUID id = draft();

        StoredFile stored = files.upload(id, "/documenti/planimetria", new Upload("planimetria.pdf", PDF), OWNER,
                json("{\"documenti\": {\"conPlanimetria\": true}}"));

        assertThat(stored.fieldPath()).isEqualTo("/documenti/planimetria");
    }

    @Test
    void refusedUploadsLeaveNothingStored() {
        UUID id = draft();
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(violations(() -> files.upload(id, "/documenti/isee", new Upload("isee.pdf", html), OWNER)))
                .extracting(Violation::pointer, Violation::code).containsExactly(tuple("/documenti/isee", "fileContent"));
        assertThat(violations(() -> files.upload(id, "/documenti/isee", new Upload("isee.pdf", new byte[1025]), OWNER)))
                .extracting(Violation::code).containsExactly("fileTooLarge");
        assertThat(violations(() -> files.upload(id, "/documenti/isee", new Upload("foto.png", PNG), OWNER)))
                .extracting(Violation::code).containsExactly("fileType");
        assertThat(violations(() -> files.upload(id, "/richiedente/nome", new Upload("isee.pdf", PDF), OWNER)))
                .extracting(Violation::code).containsExactly("unknownField");
        assertThat(storedFiles(id)).isZero();
        assertThat(lifecycle.get(id, OWNER).instance().data().at("/documenti").isMissingNode()).isTrue();
    }

    @Test
    void maxFilesAndTheInstanceTotalAreEnforced() {
        UUID id = draft();
        files.upload(id, "/documenti/isee", new Upload("isee.pdf", PDF), OWNER);
        assertThat(violations(() -> files.upload(id, "/documenti/isee", new Upload("altro.pdf", PDF), OWNER)))
                .extracting(Violation::code).containsExactly("tooManyFiles");

        // Within the field's 2 KB, but two of them beside the PDF exceed the instance's 3 KB.
        byte[] photo = SampleFiles.noisyPng(23, 23, 7);
        assertThat(photo.length).isBetween(1500, 2048);
        files.upload(id, "/documenti/foto", new Upload("a.png", photo), OWNER);
        assertThat(violations(() -> files.upload(id, "/documenti/foto", new Upload("b.png", photo), OWNER)))
                .extracting(Violation::pointer, Violation::code).containsExactly(tuple("/documenti/foto", "filesTooLarge"));
        assertThat(storedFiles(id)).isEqualTo(2);
    }

    @Test
    void strangersSeeNoFilesAndOnlyTheOwnerChangesThem() {
        UUID id = draft();
        StoredFile stored = files.upload(id, "/documenti/isee", new Upload("isee.pdf", PDF), OWNER);

        assertThatThrownBy(() -> files.list(id, STRANGER)).isInstanceOf(InstanceNotFound.class);
        assertThatThrownBy(() -> files.download(id, stored.id(), STRANGER)).isInstanceOf(InstanceNotFound.class);
        assertThatThrownBy(() -> files.upload(id, "/documenti/isee", new Upload("isee.pdf", PDF), STRANGER))
                .isInstanceOf(InstanceNotFound.class);
        assertThatThrownBy(() -> files.delete(id, stored.id(), STRANGER)).isInstanceOf(InstanceNotFound.class);
        assertThatThrownBy(() -> files.download(id, UUID.randomUUID(), OWNER)).isInstanceOf(InstanceNotFound.class);
        assertThat(storedFiles(id)).isEqualTo(1);
    }

    @Test
    void deletingAFileRemovesItsReferenceToo() {
        UUID id = draft();
        StoredFile stored = files.upload(id, "/documenti/isee", new Upload("isee.pdf", PDF), OWNER);

        files.delete(id, stored.id(), OWNER);

        assertThat(storedFiles(id)).isZero();
        assertThat(lifecycle.get(id, OWNER).instance().data().at("/documenti/isee")).isEmpty();
    }

    @Test
    void aReferenceMustNameAFileOfThisInstanceAndField() {
        UUID id = draft();
        UUID other = draft();
        StoredFile foreign = files.upload(other, "/documenti/isee", new Upload("isee.pdf", PDF), OWNER);
        StoredFile isee = files.upload(id, "/documenti/isee", new Upload("isee.pdf", PDF), OWNER);
        ObjectNode data = json(Lifecycle.VALID_DATA);
        data.putObject("documenti").putArray("foto").add(foreign.reference().toJson()).add(isee.reference().toJson());

        assertThat(violations(() -> lifecycle.saveDraft(id, data, null, OWNER)))
                .extracting(Violation::pointer, Violation::code)
                .containsExactly(tuple("/documenti/foto/0", "file"), tuple("/documenti/foto/1", "file"));
    }

    @Test
    void storedNamesWinOverEditedReferences() {
        UUID id = draft();
        StoredFile stored = files.upload(id, "/documenti/isee", new Upload("isee.pdf", PDF), OWNER);
        ObjectNode data = lifecycle.get(id, OWNER).instance().data().deepCopy();
        ((ObjectNode) data.at("/documenti/isee/0")).put("name", "falso.exe").put("size", 1);

        lifecycle.saveDraft(id, data, null, OWNER);

        assertThat(lifecycle.get(id, OWNER).instance().data().at("/documenti/isee/0"))
                .isEqualTo(stored.reference().toJson());
    }

    @Test
    void filesAreFrozenOnceSentAndTheOperatorSeesThem() {
        UUID id = draft();
        StoredFile stored = files.upload(id, "/documenti/isee", new Upload("isee.pdf", PDF), OWNER);
        lifecycle.act(id, "completa", OWNER, null, null);
        lifecycle.act(id, "invia", OWNER, null, null);

        assertThatThrownBy(() -> files.delete(id, stored.id(), OWNER)).isInstanceOf(NotEditable.class);
        assertThatThrownBy(() -> files.upload(id, "/documenti/foto", new Upload("foto.png", PNG), OWNER))
                .isInstanceOf(NotEditable.class);
        assertThat(files.list(id, OPERATOR)).extracting(StoredFile::id).containsExactly(stored.id());
        assertThat(files.download(id, stored.id(), OPERATOR).content()).isEqualTo(PDF);
    }

    @Test
    void sendingNeedsTheRequiredFile() {
        UUID id = draft();
        assertThat(violations(() -> lifecycle.act(id, "completa", OWNER, null, null)))
                .extracting(Violation::pointer, Violation::code).containsExactly(tuple("/documenti/isee", "minItems"));
    }

    private UUID underReview() {
        UUID id = draft();
        files.upload(id, "/documenti/isee", new Upload("isee.pdf", PDF), OWNER);
        lifecycle.act(id, "completa", OWNER, null, null);
        lifecycle.act(id, "invia", OWNER, null, null);
        lifecycle.act(id, "prendi-in-carico", OPERATOR, null, null);
        return id;
    }

    @Test
    void anIntegrationCarriesAttachmentsLinkedToItsHistoryRow() {
        UUID id = underReview();
        lifecycle.act(id, "richiedi-integrazione", OPERATOR, "Allegare la foto", null);

        lifecycle.act(id, "invia-integrazione", OWNER, "Ecco la foto", null,
                new ActionFiles(List.of(new Upload("foto.png", PNG)), null));

        StoredFile attachment = files.list(id, OPERATOR).stream().filter(f -> f.kind() == FileKind.ACTION)
                .findFirst().orElseThrow();
        assertThat(attachment.action()).isEqualTo("invia-integrazione");
        assertThat(attachment.mediaType()).isEqualTo("image/png");
        Long historyAction = platform.jdbc.sql("select count(*) from instance_history where id = :id and action = :action")
                .param("id", attachment.historyId()).param("action", "invia-integrazione").query(Long.class).single();
        assertThat(historyAction).isEqualTo(1L);
    }

    @Test
    void filesAreRefusedForActionsThatDoNotTakeThemAndNothingMoves() {
        UUID id = underReview();

        assertThat(violations(() -> lifecycle.act(id, "richiedi-integrazione", OPERATOR, "Nota", null,
                new ActionFiles(List.of(new Upload("foto.png", PNG)), null))))
                .extracting(Violation::pointer, Violation::code).containsExactly(tuple("/attachments", "unknownField"));
        assertThat(violations(() -> lifecycle.act(id, "accogli", OPERATOR, null, null,
                new ActionFiles(List.of(), new Upload("atto.png", PNG)))))
                .extracting(Violation::pointer, Violation::code).containsExactly(tuple("/issuedDocument", "fileType"));
        assertThat(lifecycle.get(id, OWNER).instance().state()).isEqualTo("IN_LAVORAZIONE");
    }

    @Test
    void theIssuedDocumentIsTheUploadedOne() {
        UUID id = underReview();

        lifecycle.act(id, "respingi", OPERATOR, "Manca il requisito", null,
                new ActionFiles(List.of(), new Upload("diniego firmato.pdf", PDF)));

        assertThat(files.list(id, OWNER)).filteredOn(f -> f.kind() == FileKind.ISSUED_DOCUMENT)
                .extracting(StoredFile::name, StoredFile::action, StoredFile::uploadedBy)
                .containsExactly(tuple("diniego firmato.pdf", "respingi", "anna.bianchi"));
    }

    @Test
    void theIssuedDocumentIsPrintedFromTheModuleTemplateWhenNoneIsUploaded() {
        UUID id = underReview();

        lifecycle.act(id, "accogli", OPERATOR, null, null);

        StoredFile act = files.list(id, OWNER).stream().filter(f -> f.kind() == FileKind.ISSUED_DOCUMENT)
                .findFirst().orElseThrow();
        assertThat(act.name()).startsWith("atto-accogli-").endsWith(".pdf");
        assertThat(new String(files.download(id, act.id(), OWNER).content(), StandardCharsets.US_ASCII))
                .startsWith("%PDF-").contains("ATTO accogli");
    }

    @Test
    void orphansArePurgedAfterTheGracePeriodAndDeletedDraftsLoseTheirFiles() {
        UUID id = draft();
        StoredFile kept = files.upload(id, "/documenti/isee", new Upload("isee.pdf", PDF), OWNER);
        StoredFile dropped = files.upload(id, "/documenti/foto", new Upload("foto.png", PNG), OWNER);
        ObjectNode data = lifecycle.get(id, OWNER).instance().data().deepCopy();
        ((ObjectNode) data.get("documenti")).remove("foto");
        lifecycle.saveDraft(id, data, null, OWNER);
        assertThat(files.list(id, OWNER)).containsExactly(kept);

        platform.clock.set("2026-08-02T09:00:00Z");
        assertThat(files.purgeOrphans(Duration.ofHours(24))).isZero();
        platform.clock.set("2026-08-02T10:00:01Z");
        assertThat(files.purgeOrphans(Duration.ofHours(24))).isEqualTo(1);
        assertThat(storedFiles(id)).isEqualTo(1);
        assertThatThrownBy(() -> files.download(id, dropped.id(), OWNER)).isInstanceOf(InstanceNotFound.class);

        lifecycle.delete(id, OWNER);
        assertThat(storedFiles(id)).isZero();
    }
}
