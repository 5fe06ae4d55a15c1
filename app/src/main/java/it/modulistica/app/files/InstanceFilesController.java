package it.modulistica.app.files;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.app.audit.InstanceReads;
import it.modulistica.app.instances.MultipartUploads;
import it.modulistica.app.instances.Callers;
import it.modulistica.engine.attachment.StoredFile;
import it.modulistica.engine.lifecycle.Caller;
import it.modulistica.engine.lifecycle.InstanceFiles;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/instances/{id}/files}: the files of an instance. An upload goes into a file field of
 * the caller's draft and is added to the field's list in the data at once (201 with the reference
 * written there); deleting removes file and reference. Downloads are always attachments, never
 * rendered by the browser. An instance the caller may not see answers 404 throughout.
 */
@RestController
@RequestMapping(path = "/api/instances/{id}/files", produces = MediaType.APPLICATION_JSON_VALUE)
class InstanceFilesController {

    private final InstanceFiles files;
    private final InstanceReads reads;

    private final Callers callers;

    InstanceFilesController(Callers callers, InstanceFiles files, InstanceReads reads) {
        this.callers = callers;
        this.files = files;
        this.reads = reads;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<JsonNode> upload(@PathVariable UUID id, @RequestParam String field, @RequestPart("file") MultipartFile file,
            Authentication user) {
        StoredFile stored = files.upload(id, field, MultipartUploads.upload(file), callers.of(user));
        return ResponseEntity.created(URI.create("/api/instances/" + id + "/files/" + stored.id()))
                .body(stored.reference().toJson());
    }

    @GetMapping
    List<FileRepresentation> list(@PathVariable UUID id, Authentication user) {
        return files.list(id, callers.of(user)).stream().map(FileRepresentation::of).toList();
    }

    @GetMapping(path = "/{fileId}", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID fileId, Authentication user) {
        Caller caller = callers.of(user);
        InstanceFiles.Download download = files.download(id, fileId, caller);
        reads.read(id, download.owner(), caller.username(), "file");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.file().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.file().name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(download.content());
    }

    @DeleteMapping("/{fileId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, @PathVariable UUID fileId, Authentication user) {
        files.delete(id, fileId, callers.of(user));
    }
}
