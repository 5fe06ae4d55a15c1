package it.modulistica.app.files;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A client of the instances and files API acting as one user, for tests. */
final class FilesApi {

    private final TestRestTemplate http;

    FilesApi(TestRestTemplate http, String username) {
        this.http = http.withBasicAuth(username, "demo");
    }

    static HttpEntity<ByteArrayResource> file(String name, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }, headers);
    }

    String create() {
        return json(HttpMethod.POST, "/api/instances", Map.of("form", FileForms.MODULE)).getBody().get("id").asText();
    }

    ResponseEntity<JsonNode> upload(String id, String field, String name, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", file(name, content));
        return multipart("/api/instances/" + id + "/files?field=" + field, parts);
    }

    ResponseEntity<JsonNode> multipart(String path, MultiValueMap<String, Object> parts) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers), JsonNode.class);
    }

    ResponseEntity<JsonNode> json(HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    ResponseEntity<byte[]> download(String path) {
        return http.exchange(path, HttpMethod.GET, HttpEntity.EMPTY, byte[].class);
    }
}
