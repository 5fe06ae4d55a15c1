package it.modulistica.app.servicepages;

import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public content of categories: the texts in {@code category}, and the tables
 * {@code category_access}, {@code assistance_contact} and {@code category_document}. Callers check
 * the values before writing.
 */
@Repository
public class ServicePages {

    private static final String CONTACT_COLUMNS = "id, kind, label, label_en, address, hours";

    private final JdbcClient jdbc;

    ServicePages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored document's bytes, with its name and type. */
    public record StoredFile(String fileName, String mediaType, byte[] content) {
    }

    /** The page of an existing category. */
    @Transactional(readOnly = true)
    public Optional<ServicePage> of(String category) {
        return jdbc.sql("SELECT audience, audience_en, description, description_en FROM category WHERE code = ?")
                .param(category)
                .query((rs, row) -> new ServicePage(category, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), access(category), contactsOfCategory(category), documents(category)))
                .optional();
    }

    public List<AccessBox> access(String category) {
        return jdbc.sql("SELECT id, label, label_en, form_code, url, sign_in, note, note_en FROM category_access "
                        + "WHERE category_code = ? ORDER BY position, id").param(category)
                .query((rs, row) -> new AccessBox(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), methods(rs.getString(6)), rs.getString(7), rs.getString(8)))
                .list();
    }

    public List<Contact> contactsOfCategory(String category) {
        return jdbc.sql("SELECT " + CONTACT_COLUMNS + " FROM assistance_contact WHERE category_code = ? "
                + "ORDER BY position, id").param(category).query(ServicePages::contact).list();
    }

    public List<Contact> contactsOfModule(String form) {
        return jdbc.sql("SELECT " + CONTACT_COLUMNS + " FROM assistance_contact WHERE form_code = ? "
                + "ORDER BY position, id").param(form).query(ServicePages::contact).list();
    }

    /**
     * The contacts the module's pages and its receipts print, in one query: the module's own, then
     * those of {@code category}, or, when it is {@code null}, of the category admins list the module
     * under, else {@code definedCategory} (the one its definition names).
     */
    public List<Contact> contactsWithCategory(String form, String category, String definedCategory) {
        return jdbc.sql("SELECT " + CONTACT_COLUMNS + " FROM ("
                        + " SELECT 0 AS part, position, " + CONTACT_COLUMNS + " FROM assistance_contact WHERE form_code = :form"
                        + " UNION ALL SELECT 1, position, " + CONTACT_COLUMNS + " FROM assistance_contact"
                        + " WHERE category_code = COALESCE(:category,"
                        + " (SELECT category_code FROM form_category WHERE form_code = :form), :defined)"
                        + ") contacts ORDER BY part, position, id")
                .param("form", form)
                .param("category", new SqlParameterValue(Types.VARCHAR, category))
                .param("defined", definedCategory)
                .query(ServicePages::contact).list();
    }

    public List<Document> documents(String category) {
        return jdbc.sql("SELECT id, title, title_en, url, file_name, media_type, size_bytes FROM category_document "
                        + "WHERE category_code = ? ORDER BY position, id").param(category)
                .query((rs, row) -> new Document(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), (Long) rs.getObject(7, Long.class)))
                .list();
    }

    /** A stored document of the category; empty for a link, another category's document or none. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> file(String category, long id) {
        return jdbc.sql("SELECT file_name, media_type, content FROM category_document "
                        + "WHERE id = ? AND category_code = ? AND content IS NOT NULL").params(id, category)
                .query((rs, row) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    void updateTexts(String category, String audience, String audienceEn, String description, String descriptionEn) {
        jdbc.sql("UPDATE category SET audience = ?, audience_en = ?, description = ?, description_en = ? "
                + "WHERE code = ?").params(audience, audienceEn, description, descriptionEn, category).update();
    }

    void addAccess(String category, AccessBox box) {
        jdbc.sql("INSERT INTO category_access (category_code, position, label, label_en, form_code, url, sign_in, "
                        + "note, note_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(category, next("category_access", "category_code", category), box.label(), box.labelEn(),
                        box.form(), box.url(), box.signIn().stream().map(Enum::name).collect(Collectors.joining(",")),
                        box.note(), box.noteEn())
                .update();
    }

    /** Adds a contact to a category ({@code form} null) or to a module ({@code category} null). */
    void addContact(String category, String form, Contact contact) {
        String scope = category != null ? "category_code" : "form_code";
        jdbc.sql("INSERT INTO assistance_contact (category_code, form_code, position, kind, label, label_en, address, "
                        + "hours) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(category, form, next("assistance_contact", scope, category != null ? category : form),
                        contact.kind().name(), contact.label(), contact.labelEn(), contact.address(), contact.hours())
                .update();
    }

    void addDocument(String category, Document document, byte[] content) {
        jdbc.sql("INSERT INTO category_document (category_code, position, title, title_en, url, file_name, "
                        + "media_type, size_bytes, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(category, next("category_document", "category_code", category), document.title(),
                        document.titleEn(), document.url(), document.fileName(), document.mediaType(),
                        content == null ? null : (long) content.length, content)
                .update();
    }

    /**
     * Replaces the access boxes, contacts and documents of the category with these, in this order:
     * a document with an id is a stored file of the category, kept with its new title; the stored
     * files not among them are removed with the rest.
     */
    void replaceParts(String category, List<AccessBox> access, List<Contact> contacts, List<Document> documents) {
        jdbc.sql("DELETE FROM category_access WHERE category_code = ?").param(category).update();
        access.forEach(box -> addAccess(category, box));
        jdbc.sql("DELETE FROM assistance_contact WHERE category_code = ?").param(category).update();
        contacts.forEach(contact -> addContact(category, null, contact));
        List<Long> kept = documents.stream().filter(document -> document.id() != 0).map(Document::id).toList();
        documents(category).stream().filter(existing -> !kept.contains(existing.id())).forEach(existing ->
                jdbc.sql("DELETE FROM category_document WHERE id = ?").param(existing.id()).update());
        for (int position = 0; position < documents.size(); position++) {
            Document document = documents.get(position);
            if (document.id() != 0) {
                jdbc.sql("UPDATE category_document SET title = ?, title_en = ?, position = ? WHERE id = ?")
                        .params(document.title(), document.titleEn(), position + 1, document.id()).update();
            } else {
                jdbc.sql("INSERT INTO category_document (category_code, position, title, title_en, url) "
                                + "VALUES (?, ?, ?, ?, ?)")
                        .params(category, position + 1, document.title(), document.titleEn(), document.url())
                        .update();
            }
        }
    }

    /** Removes a row of one of the three tables, when it belongs to the category (or module). */
    boolean remove(Part part, String scope, long id) {
        return jdbc.sql("DELETE FROM " + part.table + " WHERE id = ? AND " + part.scopeColumn + " = ?")
                .params(id, scope).update() == 1;
    }

    /** The rows a page lists, each removable. */
    public enum Part {
        ACCESS("category_access", "category_code"), CONTACT("assistance_contact", "category_code"),
        MODULE_CONTACT("assistance_contact", "form_code"), DOCUMENT("category_document", "category_code");

        private final String table;
        private final String scopeColumn;

        Part(String table, String scopeColumn) {
            this.table = table;
            this.scopeColumn = scopeColumn;
        }
    }

    private int next(String table, String column, String value) {
        return jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM " + table + " WHERE " + column + " = ?")
                .param(value).query(Integer.class).single();
    }

    private static List<SignInMethod> methods(String codes) {
        return codes == null || codes.isBlank() ? List.of()
                : Arrays.stream(codes.split(",")).map(SignInMethod::valueOf).toList();
    }

    private static Contact contact(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Contact(rs.getLong(1), Contact.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6));
    }
}
