package it.modulistica.app.catalog;

import it.modulistica.engine.definition.FormDefinition;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The categories ({@code category}) and the modules admins moved to another category than their
 * definition's ({@code form_category}). Reads are per request, so the citizen catalogue follows a
 * change at once. Callers check the values (codes, icon, colour) before writing.
 */
@Service
public class Categories {

    private static final String COLUMNS = "code, name, position, icon, colour";

    private final JdbcClient jdbc;
    private final Clock clock;

    Categories(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every category, in the catalogue's order. */
    @Transactional(readOnly = true)
    public List<Category> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM category ORDER BY position").query(Category.class).list();
    }

    @Transactional(readOnly = true)
    public Optional<Category> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM category WHERE code = ?").param(code).query(Category.class).optional();
    }

    /** Adds a category at the end of the catalogue. */
    @Transactional
    public Category create(String code, String name, String icon, String colour) {
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM category").query(Integer.class).single();
        jdbc.sql("INSERT INTO category (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)")
                .params(code, name, position, icon, colour).update();
        return new Category(code, name, position, icon, colour);
    }

    @Transactional
    public void update(String code, String name, String icon, String colour) {
        jdbc.sql("UPDATE category SET name = ?, icon = ?, colour = ? WHERE code = ?").params(name, icon, colour, code)
                .update();
    }

    /**
     * Swaps the category with its neighbour before ({@code up}) or after it; at either end it stays.
     *
     * @return whether it moved
     */
    @Transactional
    public boolean move(String code, boolean up) {
        List<Category> ordered = all();
        int index = ordered.stream().map(Category::code).toList().indexOf(code);
        int other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= ordered.size()) {
            return false;
        }
        Category moving = ordered.get(index);
        Category neighbour = ordered.get(other);
        // position is unique: park one row outside the range while the other takes its place.
        jdbc.sql("UPDATE category SET position = ? WHERE code = ?").params(-1, moving.code()).update();
        jdbc.sql("UPDATE category SET position = ? WHERE code = ?").params(moving.position(), neighbour.code()).update();
        jdbc.sql("UPDATE category SET position = ? WHERE code = ?").params(neighbour.position(), moving.code()).update();
        return true;
    }

    /** The category of each module an admin moved, by module code. */
    @Transactional(readOnly = true)
    public Map<String, String> assignments() {
        return jdbc.sql("SELECT form_code, category_code FROM form_category")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The category the module is listed under: the admin's, or its definition's. */
    @Transactional(readOnly = true)
    public String categoryOf(FormDefinition definition) {
        return jdbc.sql("SELECT category_code FROM form_category WHERE form_code = ?").param(definition.code())
                .query(String.class).optional().orElse(definition.category());
    }

    /**
     * Lists the module under {@code categoryCode}; the definition's own category removes the
     * admin's choice, so a later definition's category counts again.
     */
    @Transactional
    public void assign(FormDefinition definition, String categoryCode, String assignedBy) {
        jdbc.sql("DELETE FROM form_category WHERE form_code = ?").param(definition.code()).update();
        if (!categoryCode.equals(definition.category())) {
            jdbc.sql("INSERT INTO form_category (form_code, category_code, assigned_by, assigned_at) VALUES (?, ?, ?, ?)")
                    .params(definition.code(), categoryCode, assignedBy, clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
        }
    }
}
