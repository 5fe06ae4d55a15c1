package it.modulistica.engine.attachment;

import java.util.Objects;

/**
 * A file as a client sent it, before any check: the name it gave and the bytes.
 *
 * @param fileName the name as sent, possibly with a path or odd characters; sanitised when stored
 */
public record Upload(String fileName, byte[] content) {

    public Upload {
        Objects.requireNonNull(content, "content");
        fileName = fileName == null ? "" : fileName;
    }

    public long size() {
        return content.length;
    }
}
