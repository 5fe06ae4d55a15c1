package it.modulistica.app.servicepages;

/**
 * A document of a category's page: a stored file (downloaded from the page) or a link.
 *
 * @param url       the link; {@code null} for a stored file
 * @param fileName  the stored file's name; {@code null} for a link
 * @param size      the stored file's size in bytes; {@code null} for a link
 */
public record Document(long id, String title, String titleEn, String url, String fileName, String mediaType,
        Long size) {

    public boolean stored() {
        return url == null;
    }
}
